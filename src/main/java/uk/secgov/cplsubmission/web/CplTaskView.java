package uk.secgov.cplsubmission.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.secgov.cplsubmission.RowDecision;
import uk.secgov.cplsubmission.RowOutcome;
import uk.secgov.cplsubmission.SubmissionQueries;
import uk.secgov.cplsubmission.SubmissionViewers;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.platform.web.PageAction;

/**
 * The page of a {@code cpl-submission} task: SECAS's review, the Panel's decision or verifying again, with the submission beside it. Completing it goes through the inbox,
 * so the process's own checks apply and a refusal leaves the task open with the reason shown.
 */
@Named
@ViewScoped
public class CplTaskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** SECAS's recommendation for a row, as the Panel reads it. */
    public record Recommendation(boolean associate, String reason, String actor, java.time.Instant at)
            implements Serializable {

        static Recommendation of(RowDecision d) {
            return new Recommendation(d.outcome() != RowOutcome.REJECTED, d.reason(), d.actor(), d.at());
        }
    }

    /** One open row and what the person completing the task says about it. */
    public static final class RowChoiceInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int rowNumber;
        private final String description;
        private final String ruleOutcome;
        private final String ruleCheck;
        private final Recommendation recommendation;
        private String choice;
        private String reason;

        RowChoiceInput(int rowNumber, String description, String ruleOutcome, String ruleCheck,
                Recommendation recommendation) {
            this.rowNumber = rowNumber;
            this.description = description;
            this.ruleOutcome = ruleOutcome;
            this.ruleCheck = ruleCheck;
            this.recommendation = recommendation;
        }

        /** What the Appendix Z 4.3 rules found for the row, in words. */
        public String getRuleCheck() {
            return ruleCheck;
        }

        /** SECAS's recommendation for the row (null before the review): what the Panel decides on. */
        public Recommendation getRecommendation() {
            return recommendation;
        }

        public int getRowNumber() {
            return rowNumber;
        }

        public String getDescription() {
            return description;
        }

        public String getRuleOutcome() {
            return ruleOutcome;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient SubmissionQueries queries;

    @Inject
    transient SubmissionViewers viewers;

    @Inject
    transient HttpServletRequest request;

    private String id;
    private String kind;
    private transient InboxTask task;
    private transient SubmissionQueries.SubmissionView submission;
    private final List<RowChoiceInput> rows = new ArrayList<>();
    private String returnReason;
    private String action;
    private String reason;

    private InboxCaller caller() {
        return InboxCaller.of(request.getUserPrincipal().getName(), request::isUserInRole);
    }

    public void load() throws IOException {
        if (!PageAction.loadOrNotFound(() -> {
            task = inbox.task(caller(), id);
            submission = queries.view(viewers.of(request.getUserPrincipal().getName(), request::isUserInRole),
                    task.businessKey());
        }, "No such task.")) {
            return;
        }
        if (rows.isEmpty() && ("review".equals(kind) || "decision".equals(kind))) {
            Map<SubmittedRow, RowOutcome> open = queries.openRows(submission.submission().id());
            Map<Long, List<RowDecision>> history = new java.util.HashMap<>();
            submission.rows().forEach(v -> history.put(v.row().id(), v.history()));
            open.forEach((row, rule) -> {
                List<RowDecision> steps = history.getOrDefault(row.id(), List.of());
                rows.add(new RowChoiceInput(row.rowNumber(), row.deviceType() + " " + row.manufacturerId() + "/"
                        + row.modelId() + " " + row.modelName() + ", firmware " + row.firmwareVersion() + ": Hash "
                        + row.imageHash(), rule.name(), latest(steps, RowDecision.Stage.RULES).map(RowDecision::reason)
                        .orElse(null), latest(steps, RowDecision.Stage.RECOMMENDATION).map(Recommendation::of).orElse(null)));
            });
        }
    }

    private static java.util.Optional<RowDecision> latest(List<RowDecision> steps, RowDecision.Stage stage) {
        return steps.stream().filter(d -> d.stage() == stage).reduce((earlier, later) -> later);
    }

    public String complete() {
        Map<String, Object> fields = new HashMap<>();
        switch (kind == null ? "" : kind) {
            case "review", "decision" -> {
                if ("review".equals(kind) && returnReason != null && !returnReason.isBlank()) {
                    fields.put("return", returnReason);
                } else {
                    for (RowChoiceInput row : rows) {
                        if (row.getChoice() != null && !row.getChoice().isBlank()) {
                            fields.put("row" + row.getRowNumber(), row.getChoice());
                        }
                        fields.put("reason" + row.getRowNumber(), row.getReason() == null ? "" : row.getReason());
                    }
                }
            }
            case "verify" -> {
                fields.put("action", action == null ? "" : action);
                fields.put("reason", reason == null ? "" : reason);
            }
            default -> {
                return null;
            }
        }
        return PageAction.ON_PAGE.runThenGo(() -> inbox.complete(caller(), id, fields),
                "Task '" + task.name() + "' completed.", "/cpl/submission?faces-redirect=true&reference="
                        + task.businessKey());
    }

    public InboxTask getTask() {
        return task;
    }

    public SubmissionQueries.SubmissionView getSubmission() {
        return submission;
    }

    public List<RowChoiceInput> getRows() {
        return rows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
