package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The lifecycle settings of this server, read once from its environment. */
@ApplicationScoped
class LifecycleSettingsProducer {

    /** Dependent (a record cannot be proxied); reading the environment is cheap. */
    @Produces
    LifecycleSettings settings() {
        return LifecycleSettings.from(System.getenv());
    }
}
