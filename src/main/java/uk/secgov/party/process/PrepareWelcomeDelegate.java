package uk.secgov.party.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.party.WelcomeGuide;

/** Service task {@code prepareWelcome}: writes the guide text for the new user's task. */
@ApplicationScoped
@Named("prepareWelcome")
public class PrepareWelcomeDelegate implements JavaDelegate {

    private final WelcomeGuide guide;

    @Inject
    public PrepareWelcomeDelegate(WelcomeGuide guide) {
        this.guide = guide;
    }

    /** For CDI's proxy. */
    protected PrepareWelcomeDelegate() {
        this(null);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long userId = ((Number) execution.getVariable(WelcomeProcess.USER_ID)).longValue();
        execution.setVariable(WelcomeProcess.WELCOME_MESSAGE, guide.messageFor(userId));
    }
}
