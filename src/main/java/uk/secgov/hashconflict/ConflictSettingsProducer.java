package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The conflict settings of this server, read from its environment. */
@ApplicationScoped
class ConflictSettingsProducer {

    /** Dependent (a record cannot be proxied); reading the environment is cheap. */
    @Produces
    ConflictSettings settings() {
        return ConflictSettings.from(System.getenv());
    }
}
