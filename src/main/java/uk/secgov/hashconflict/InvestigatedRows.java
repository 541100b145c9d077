package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.secgov.cplsubmission.RowInvestigations;

/** Answers the submissions: which of their rows an investigation decides (and which one, for a person who may see it). */
@ApplicationScoped
public class InvestigatedRows implements RowInvestigations {

    @Inject
    ConflictDetection detection;

    @Inject
    InvestigationWorkspace workspace;

    @Override
    public List<Long> rowsUnderInvestigation(long submissionId) {
        return detection.rowsUnderInvestigation(submissionId);
    }

    @Override
    public Function<Long, Optional<String>> visibleTo(String username, Predicate<String> hasRole) {
        InvestigationViewer viewer = workspace.viewer(username, hasRole);
        return rowId -> workspace.investigationOfRow(viewer, rowId);
    }
}
