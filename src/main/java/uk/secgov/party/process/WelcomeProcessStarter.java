package uk.secgov.party.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import uk.secgov.party.UserCreated;

/** Starts the welcome process for each new account, in the transaction that created it. */
@ApplicationScoped
class WelcomeProcessStarter {

    @Inject
    RuntimeService runtimeService;

    void welcome(@Observes UserCreated created) {
        runtimeService.startProcessInstanceByKey(WelcomeProcess.PROCESS_ID, "user:" + created.username(),
                Map.of(WelcomeProcess.USER_ID, created.userId(), WelcomeProcess.USERNAME, created.username()));
    }
}
