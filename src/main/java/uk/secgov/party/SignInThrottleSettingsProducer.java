package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The sign-in throttling settings of this server, read from its environment. */
@ApplicationScoped
class SignInThrottleSettingsProducer {

    /** Dependent (a record cannot be proxied); reading the environment is cheap. */
    @Produces
    SignInThrottleSettings settings() {
        return SignInThrottleSettings.from(System.getenv());
    }
}
