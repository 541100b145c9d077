package uk.secgov.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every service reads "now" from (tests may replace it at the edge). */
@ApplicationScoped
public class TimeSource {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
