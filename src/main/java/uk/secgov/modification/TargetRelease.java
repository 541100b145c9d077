package uk.secgov.modification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The SEC Release a case is to be implemented in, as it stood when chosen (or last moved). Kept on
 * the case in its {@code target_release_*} columns, all empty while it has none.
 */
@Embeddable
public record TargetRelease(
        @Column(name = "target_release_id") long id,
        @Column(name = "target_release_name", length = 200) String name,
        @Column(name = "target_release_date") LocalDate date) {
}
