package uk.secgov.cplsubmission;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which submitted rows a Hash conflict investigation decides: the submission's process waits for them and its
 * page links to them. Owned here and answered by the {@code hashconflict} feature, which depends on this one.
 */
public interface RowInvestigations {

    /** The submission's rows that wait for an investigation's decision. */
    List<Long> rowsUnderInvestigation(long submissionId);

    /** For this person: the reference of the investigation deciding a row (by row id), if any and if they may see it. */
    Function<Long, Optional<String>> visibleTo(String username, Predicate<String> hasRole);
}
