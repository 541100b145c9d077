package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.cpl.NamedFile;

class SubmissionRecordTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");

    private final CplSubmission submission = received();

    @Test
    void aSubmissionAwaitingReviewIsWithdrawnWithTheSubmittersReason() {
        SubmissionRecord record = new SubmissionRecord(submission, List.of(event(SubmissionStatus.AWAITING_REVIEW)),
                List.of());

        SubmissionEvent withdrawn = record.withdraw("supplier", "  Wrong firmware version  ", LATER);

        assertThat(withdrawn.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(withdrawn.note()).contains("Withdrawn by the submitter: Wrong firmware version");
    }

    @Test
    void aWithdrawalWithoutAReasonSaysSoInOneSentence() {
        SubmissionEvent withdrawn = new SubmissionRecord(submission, List.of(), List.of()).withdraw("supplier", " ",
                LATER);

        assertThat(withdrawn.note()).contains("Withdrawn by the submitter.");
    }

    @Test
    void refusesToWithdrawACompletedSubmission() {
        SubmissionRecord record = new SubmissionRecord(submission, List.of(event(SubmissionStatus.COMPLETED)), List.of());

        assertThatThrownBy(() -> record.withdraw("supplier", null, LATER)).isInstanceOf(SubmissionRefused.class)
                .hasMessage("Submission " + submission.reference() + " can no longer be withdrawn: it is completed.");
    }

    @Test
    void refusesToWithdrawOnceThePanelHasDecidedARow() {
        SubmissionRecord record = new SubmissionRecord(submission,
                List.of(event(SubmissionStatus.AWAITING_PANEL_DECISION)), List.of(RowDecision.of(5L, LATER,
                        RowDecision.Stage.DECISION, RowOutcome.ASSOCIATED, "panel", "Panel meeting 12")));

        assertThatThrownBy(() -> record.withdraw("supplier", null, LATER)).isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("can no longer be withdrawn: it is awaiting panel decision.");
    }

    private SubmissionEvent event(SubmissionStatus status) {
        return SubmissionEvent.of(submission.id(), RECEIVED, status, "system", status.label());
    }

    private static CplSubmission received() {
        CplSubmission s = CplSubmission.received(1, 12L, "supplier", RECEIVED, new NamedFile("form.csv", new byte[] {1}),
                new NamedFile("form.p7s", new byte[] {2}));
        try {
            Field id = CplSubmission.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(s, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }
}
