package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** This server's rule for a Hash already current elsewhere, read from its environment. */
@ApplicationScoped
class HashElsewhereProducer {

    /** Dependent (a record cannot be proxied); reading the environment is cheap. */
    @Produces
    HashElsewhere hashElsewhere() {
        return HashElsewhere.from(System.getenv());
    }
}
