package uk.secgov.cplsubmission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import uk.secgov.cplsubmission.RowInvestigations;
import uk.secgov.cplsubmission.SubmissionQueries;
import uk.secgov.cplsubmission.SubmissionViewers;
import uk.secgov.platform.web.PageAction;

/**
 * One submission: status, files, rows and outcomes, the verification report, the timeline. Its EL name stays
 * {@code submissionView}, the name the page has always used.
 */
@Named("submissionView")
@RequestScoped
public class SubmissionPage {

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionViewers viewers;

    @Inject
    HttpServletRequest request;

    @Inject
    RowInvestigations investigations;

    private Function<Long, Optional<String>> visibleInvestigation;
    private final java.util.Map<Long, String> investigationOfRow = new java.util.HashMap<>();

    private String reference;
    private SubmissionQueries.SubmissionView submission;
    private uk.secgov.cplsubmission.SubmissionWorkflow.Diagram diagram;

    /** Loads it, or answers 404 (unknown and not-yours look the same). */
    public void load() throws IOException {
        PageAction.loadOrNotFound(() -> {
            uk.secgov.cplsubmission.SubmissionViewer viewer = viewers.of(request.getUserPrincipal().getName(),
                    request::isUserInRole);
            submission = queries.view(viewer, reference);
            diagram = queries.diagram(viewer, reference);
        }, null);
    }

    /** The investigation deciding this row, if any and if the viewer may see it; else empty. */
    public String investigationOf(long rowId) {
        if (visibleInvestigation == null) {
            visibleInvestigation = investigations.visibleTo(request.getUserPrincipal().getName(), request::isUserInRole);
        }
        return investigationOfRow.computeIfAbsent(rowId, row -> visibleInvestigation.apply(row).orElse(""));
    }

    public uk.secgov.cplsubmission.SubmissionWorkflow.Diagram getDiagram() {
        return diagram;
    }

    /** The current steps for the page's script, e.g. "secasReview panelDecision". */
    public String getCurrentSteps() {
        return diagram == null ? "" : String.join(" ", diagram.currentSteps());
    }

    public SubmissionQueries.SubmissionView getSubmission() {
        return submission;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
