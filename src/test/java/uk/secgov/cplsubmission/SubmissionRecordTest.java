package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.cplsubmission.SubmissionFixtures.LATER;
import static uk.secgov.cplsubmission.SubmissionFixtures.event;
import static uk.secgov.cplsubmission.SubmissionFixtures.received;
import static uk.secgov.cplsubmission.SubmissionFixtures.row;
import static uk.secgov.cplsubmission.SubmissionFixtures.ruled;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionRecordTest {

    private final CplSubmission submission = received();
    private final SubmittedRow row2 = row(21L, 2);
    private final SubmittedRow row3 = row(22L, 3);

    private SubmissionRecord at(SubmissionStatus status, RowDecision... decisions) {
        return new SubmissionRecord(submission, List.of(event(status)), List.of(row2, row3), List.of(decisions));
    }

    private static Map<Integer, RowChoice> choices(Object... numberAssociateReason) {
        Map<Integer, RowChoice> choices = new LinkedHashMap<>();
        for (int i = 0; i < numberAssociateReason.length; i += 3) {
            choices.put((Integer) numberAssociateReason[i], new RowChoice((Boolean) numberAssociateReason[i + 1],
                    (String) numberAssociateReason[i + 2]));
        }
        return choices;
    }

    private static PanelDelegation delegation(boolean delegated) {
        return PanelDelegation.of(delegated, "panel", "Panel meeting 12", SubmissionFixtures.RECEIVED);
    }

    @Test
    void aSubmissionAwaitingReviewIsWithdrawnWithTheSubmittersReason() {
        SubmissionEvent withdrawn = at(SubmissionStatus.AWAITING_REVIEW).withdraw("supplier", "  Wrong firmware version  ",
                LATER);

        assertThat(withdrawn.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(withdrawn.note()).contains("Withdrawn by the submitter: Wrong firmware version");
    }

    @Test
    void aWithdrawalWithoutAReasonSaysSoInOneSentence() {
        SubmissionEvent withdrawn = new SubmissionRecord(submission, List.of(), List.of(), List.of()).withdraw("supplier",
                " ", LATER);

        assertThat(withdrawn.note()).contains("Withdrawn by the submitter.");
    }

    @Test
    void refusesToWithdrawACompletedSubmission() {
        assertThatThrownBy(() -> at(SubmissionStatus.COMPLETED).withdraw("supplier", null, LATER))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessage("Submission " + submission.reference() + " can no longer be withdrawn: it is completed.");
    }

    @Test
    void refusesToWithdrawOnceThePanelHasDecidedARow() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_PANEL_DECISION, RowDecision.of(5L, LATER,
                RowDecision.Stage.DECISION, RowOutcome.ASSOCIATED, "panel", "Panel meeting 12"));

        assertThatThrownBy(() -> record.withdraw("supplier", null, LATER)).isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("can no longer be withdrawn: it is awaiting panel decision.");
    }

    @Test
    void theRowsOpenForReviewAreThoseTheRulesLeftOpenAndNoInvestigationDecided() {
        SubmittedRow row4 = row(23L, 4);
        SubmissionRecord record = new SubmissionRecord(submission, List.of(event(SubmissionStatus.AWAITING_REVIEW)),
                List.of(row2, row3, row4), List.of(ruled(21L, RowOutcome.PENDING), ruled(22L, RowOutcome.REJECTED),
                        ruled(23L, RowOutcome.CONFLICT), RowDecision.of(23L, LATER, RowDecision.Stage.INVESTIGATION,
                                RowOutcome.RETAINED, "panel", "Kept")));

        assertThat(record.openRows()).containsExactly(Map.entry(row2, RowOutcome.PENDING));
    }

    @Test
    void screeningWithAnOpenRowAwaitsSecasReview() {
        SubmissionRecord.Appended screened = at(SubmissionStatus.RECEIVED).screen(Map.of(
                row2, new SubmissionRules.Outcome(RowOutcome.PENDING, "open"),
                row3, new SubmissionRules.Outcome(RowOutcome.REJECTED, "closed")), LATER);

        assertThat(screened.decisions()).extracting(RowDecision::rowId, RowDecision::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(21L, RowOutcome.PENDING),
                        org.assertj.core.groups.Tuple.tuple(22L, RowOutcome.REJECTED));
        assertThat(screened.event().orElseThrow().status()).isEqualTo(SubmissionStatus.AWAITING_REVIEW);
        assertThat(screened.event().orElseThrow().note()).contains("Signatures verified and rules applied: 1 row(s)"
                + " for SECAS to review.");
    }

    @Test
    void screeningWithAConflictingRowGoesUnderInvestigation() {
        SubmissionRecord.Appended screened = at(SubmissionStatus.RECEIVED).screen(Map.of(
                row2, new SubmissionRules.Outcome(RowOutcome.PENDING, "open"),
                row3, new SubmissionRules.Outcome(RowOutcome.CONFLICT, "conflict")), LATER);

        assertThat(screened.event().orElseThrow().status()).isEqualTo(SubmissionStatus.UNDER_INVESTIGATION);
    }

    @Test
    void screeningWithEveryRowRejectedEndsTheSubmission() {
        SubmissionRecord.Appended screened = at(SubmissionStatus.RECEIVED).screen(Map.of(
                row2, new SubmissionRules.Outcome(RowOutcome.REJECTED, "closed"),
                row3, new SubmissionRules.Outcome(RowOutcome.REJECTED, "closed")), LATER);

        assertThat(screened.event().orElseThrow().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(screened.event().orElseThrow().note()).contains("No row can be associated: see each row's reason.");
    }

    @Test
    void refusesToApplyTheRulesTwice() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_REVIEW, ruled(21L, RowOutcome.PENDING));

        assertThatThrownBy(() -> record.screen(Map.of(), LATER)).isInstanceOf(SubmissionRefused.class)
                .hasMessage("The rules have already been applied to submission " + submission.reference()
                        + ": it is awaiting secas review. Follow it on its page.");
    }

    @Test
    void secasRecommendsADecisionForEachOpenRowAndThePanelDecides() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_REVIEW, ruled(21L, RowOutcome.PENDING),
                ruled(22L, RowOutcome.CONFLICT));

        SubmissionRecord.Appended reviewed = record.review(choices(2, true, " Meets 4.3 ", 3, false, "Keep it"),
                Optional.of(delegation(true)), "secas", LATER);

        assertThat(reviewed.decisions()).extracting(RowDecision::stage, RowDecision::outcome, RowDecision::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RowDecision.Stage.RECOMMENDATION, RowOutcome.ASSOCIATED,
                                "Meets 4.3"),
                        org.assertj.core.groups.Tuple.tuple(RowDecision.Stage.RECOMMENDATION, RowOutcome.RETAINED,
                                "Keep it"));
        assertThat(reviewed.decidedUnderDelegation()).as("a Hash conflict is never delegated").isFalse();
        assertThat(reviewed.event().orElseThrow().status()).isEqualTo(SubmissionStatus.AWAITING_PANEL_DECISION);
    }

    @Test
    void underThePanelsDelegationSecasAlsoDecidesRowsWithoutAConflict() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_REVIEW, ruled(21L, RowOutcome.PENDING));
        SubmissionRecord one = new SubmissionRecord(submission, record.events(), List.of(row2), record.decisions());

        SubmissionRecord.Appended reviewed = one.review(choices(2, true, "Meets 4.3"), Optional.of(delegation(true)),
                "secas", LATER);

        assertThat(reviewed.decidedUnderDelegation()).isTrue();
        assertThat(reviewed.decisions().get(1).reason()).isEqualTo("Meets 4.3 (decided by SECAS under the Panel's"
                + " delegation of 2 March 2026)");
    }

    @Test
    void refusesAReviewThatLeavesAnOpenRowWithoutAChoiceOrAReason() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_REVIEW, ruled(21L, RowOutcome.PENDING),
                ruled(22L, RowOutcome.PENDING));

        assertThatThrownBy(() -> record.review(choices(3, true, " "), Optional.empty(), "secas", LATER))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessage("Row 2: choose associate or reject. Row 3: give the reason.");
    }

    @Test
    void refusesAChoiceForARowThatIsNotOpen() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_REVIEW, ruled(21L, RowOutcome.PENDING),
                ruled(22L, RowOutcome.REJECTED));

        assertThatThrownBy(() -> record.review(choices(2, true, "ok", 3, true, "ok"), Optional.empty(), "secas", LATER))
                .isInstanceOf(SubmissionRefused.class).hasMessage("Row 3 is not open for a decision.");
    }

    @Test
    void refusesToReviewASubmissionThatIsNotAwaitingReview() {
        SubmissionRecord record = at(SubmissionStatus.UNDER_INVESTIGATION, ruled(21L, RowOutcome.CONFLICT));

        assertThatThrownBy(() -> record.review(choices(2, true, "ok"), Optional.empty(), "secas", LATER))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessage("Submission " + submission.reference() + " cannot be reviewed now: it is under investigation"
                        + " (hash conflict). SECAS reviews it once the rules are applied and any Hash conflict is"
                        + " decided.");
    }

    @Test
    void secasReturnsTheSubmissionToItsSubmitterWithTheReason() {
        SubmissionEvent returned = at(SubmissionStatus.AWAITING_REVIEW).returnToSubmitter(" Wrong model ", "secas",
                LATER);

        assertThat(returned.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(returned.note()).contains("Returned to the submitter by SECAS: Wrong model");
    }

    @Test
    void refusesToReturnASubmissionThatIsNotAwaitingReview() {
        assertThatThrownBy(() -> at(SubmissionStatus.WITHDRAWN).returnToSubmitter("Wrong model", "secas", LATER))
                .isInstanceOf(SubmissionRefused.class).hasMessageContaining("cannot be returned now: it is withdrawn.");
    }

    @Test
    void thePanelDecidesEachOpenRowAConflictingOneReplacingTheHash() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_PANEL_DECISION, ruled(21L, RowOutcome.PENDING),
                ruled(22L, RowOutcome.CONFLICT));

        List<RowDecision> decided = record.decide(choices(2, false, "No", 3, true, "Replace"), "panel", LATER);

        assertThat(decided).extracting(RowDecision::stage, RowDecision::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RowDecision.Stage.DECISION, RowOutcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(RowDecision.Stage.DECISION, RowOutcome.REPLACED));
    }

    @Test
    void refusesAPanelDecisionBeforeSecasHasReviewed() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_REVIEW, ruled(21L, RowOutcome.PENDING));

        assertThatThrownBy(() -> record.decide(choices(2, true, "ok"), "panel", LATER))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessage("Submission " + submission.reference() + " cannot be decided now: it is awaiting secas"
                        + " review. The Panel decides once SECAS has reviewed it.");
    }

    @Test
    void refusesASecondDecision() {
        SubmissionRecord record = at(SubmissionStatus.AWAITING_PANEL_DECISION, ruled(21L, RowOutcome.PENDING),
                RowDecision.of(21L, LATER, RowDecision.Stage.DELEGATED_DECISION, RowOutcome.ASSOCIATED, "secas", "ok"));

        assertThatThrownBy(() -> record.decide(choices(2, true, "ok"), "panel", LATER))
                .isInstanceOf(SubmissionRefused.class).hasMessageContaining("cannot be decided now: it is already"
                        + " decided.");
    }

    @Test
    void theConflictingRowsAreThoseTheRulesFoundInConflict() {
        SubmissionRecord record = at(SubmissionStatus.UNDER_INVESTIGATION, ruled(21L, RowOutcome.PENDING),
                ruled(22L, RowOutcome.CONFLICT));

        assertThat(record.conflictingRows()).containsExactly(22L);
    }

    private static InvestigationDecided.Ruling ruling(long rowId, boolean replaces) {
        return new InvestigationDecided.Ruling(rowId, replaces, "Panel: Volt's image is signed (investigation HCI-1)",
                "Hash conflict investigation HCI-1: row decided.");
    }

    @Test
    void anInvestigationsDecisionGivesEachOfItsRowsItsOutcomeWithTheReason() {
        SubmissionRecord record = at(SubmissionStatus.UNDER_INVESTIGATION, ruled(21L, RowOutcome.CONFLICT),
                ruled(22L, RowOutcome.CONFLICT));

        SubmissionRecord.Investigated investigated = record.investigationDecided(List.of(ruling(22L, true),
                ruling(21L, false)), "panel", LATER);

        assertThat(investigated.decisions()).extracting(RowDecision::rowId, RowDecision::stage, RowDecision::outcome,
                RowDecision::actor, RowDecision::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(22L, RowDecision.Stage.INVESTIGATION, RowOutcome.REPLACED,
                                "panel", "Panel: Volt's image is signed (investigation HCI-1)"),
                        org.assertj.core.groups.Tuple.tuple(21L, RowDecision.Stage.INVESTIGATION, RowOutcome.RETAINED,
                                "panel", "Panel: Volt's image is signed (investigation HCI-1)"));
    }

    @Test
    void anInvestigationsDecisionNotesEachRowOnTheTimelineWhileTheSubmissionStaysUnderInvestigation() {
        SubmissionRecord record = at(SubmissionStatus.UNDER_INVESTIGATION, ruled(21L, RowOutcome.CONFLICT));

        SubmissionRecord.Investigated investigated = record.investigationDecided(List.of(ruling(21L, true)), "panel",
                LATER);

        assertThat(investigated.notes()).singleElement().satisfies(note -> {
            assertThat(note.status()).isEqualTo(SubmissionStatus.UNDER_INVESTIGATION);
            assertThat(note.actor()).isEqualTo(SubmissionEvent.SYSTEM);
            assertThat(note.note()).contains("Hash conflict investigation HCI-1: row decided.");
        });
    }

    @Test
    void refusesAnInvestigationsDecisionOnARowOfAnotherSubmission() {
        SubmissionRecord record = at(SubmissionStatus.UNDER_INVESTIGATION, ruled(21L, RowOutcome.CONFLICT));

        assertThatThrownBy(() -> record.investigationDecided(List.of(ruling(99L, true)), "panel", LATER))
                .isInstanceOf(SubmissionRefused.class).hasMessageContaining("Row 99 is not a row of submission");
    }

    @Test
    void refusesASecondInvestigationDecisionOnTheSameRow() {
        SubmissionRecord record = at(SubmissionStatus.UNDER_INVESTIGATION, ruled(21L, RowOutcome.CONFLICT),
                RowDecision.of(21L, LATER, RowDecision.Stage.INVESTIGATION, RowOutcome.RETAINED, "panel", "kept"));

        assertThatThrownBy(() -> record.investigationDecided(List.of(ruling(21L, true)), "panel", LATER))
                .isInstanceOf(SubmissionRefused.class).hasMessageContaining("already decided by an investigation");
    }

    @Test
    void theCplTakesTheRowsTheDecisionAssociatesOrReplacesInFormOrder() {
        SubmissionRecord record = new SubmissionRecord(submission, List.of(event(SubmissionStatus.AWAITING_PANEL_DECISION)),
                List.of(row2, row3, row(23L, 4)), List.of(
                        RowDecision.of(23L, LATER, RowDecision.Stage.DECISION, RowOutcome.REPLACED, "panel", "replace"),
                        RowDecision.of(22L, LATER, RowDecision.Stage.DECISION, RowOutcome.REJECTED, "panel", "no"),
                        RowDecision.of(21L, LATER, RowDecision.Stage.DECISION, RowOutcome.ASSOCIATED, "panel", "ok")));

        assertThat(record.associations()).extracting(a -> a.row().id(), a -> a.decision().outcome()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(21L, RowOutcome.ASSOCIATED),
                org.assertj.core.groups.Tuple.tuple(23L, RowOutcome.REPLACED));
    }

    @Test
    void completingSaysHowManyHashesTheCplTookAndKeepsTheRowsItDidNot() {
        RowDecision notWritten = RowDecision.of(22L, LATER, RowDecision.Stage.REGISTER, RowOutcome.CONFLICT, "system",
                "Not written");

        SubmissionRecord.Appended completed = at(SubmissionStatus.AWAITING_PANEL_DECISION).complete(1,
                List.of(notWritten), LATER);

        assertThat(completed.decisions()).containsExactly(notWritten);
        assertThat(completed.event()).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(SubmissionStatus.COMPLETED);
            assertThat(e.note()).contains("Decided: 1 Hash association(s) added to the CPL.");
        });
    }

    @Test
    void completingWithoutAnAssociationSaysNoHashWasAssociated() {
        SubmissionRecord.Appended completed = at(SubmissionStatus.UNDER_INVESTIGATION).complete(0, List.of(), LATER);

        assertThat(completed.event().orElseThrow().note()).contains("Decided: no Hash associated.");
    }

    @Test
    void refusesToCompleteASubmissionThatHasEnded() {
        assertThatThrownBy(() -> at(SubmissionStatus.WITHDRAWN).complete(0, List.of(), LATER))
                .isInstanceOf(SubmissionRefused.class).hasMessageContaining("cannot be completed now: it is");
    }

    @Test
    void refusesToGiveTheCplTheRowsOfASubmissionThatHasEnded() {
        SubmissionRecord record = at(SubmissionStatus.COMPLETED, RowDecision.of(21L, LATER,
                RowDecision.Stage.DECISION, RowOutcome.ASSOCIATED, "panel", "ok"));

        assertThatThrownBy(record::associations).isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("cannot be completed now: it is");
    }
}
