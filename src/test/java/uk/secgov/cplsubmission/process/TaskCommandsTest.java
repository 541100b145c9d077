package uk.secgov.cplsubmission.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.secgov.cplsubmission.RowChoice;
import uk.secgov.inbox.TaskFieldsRefused;

/** The task's raw fields read as typed commands: their form only, never what the submission allows. */
class TaskCommandsTest {

    private static TaskFields fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return new TaskFields(map);
    }

    @Test
    void aReviewRecommendsWhatEachRowSaysWithItsReason() {
        ReviewCommand command = ReviewCommand.of(fields("submissionId", 7L, "row2", " Associate ", "reason2", " Meets 4.3 ",
                "row3", "reject", "reason3", "Wrong model"));

        assertThat(command).isEqualTo(new ReviewCommand.Recommend(Map.of(2, new RowChoice(true, "Meets 4.3"),
                3, new RowChoice(false, "Wrong model"))));
    }

    @Test
    void aReviewWithAReturnReasonReturnsTheSubmission() {
        assertThat(ReviewCommand.of(fields("return", " Row 2 names the wrong model ")))
                .isEqualTo(new ReviewCommand.Return("Row 2 names the wrong model"));
    }

    @Test
    void aBlankReturnReasonIsNoReturn() {
        assertThat(ReviewCommand.of(fields("return", "  "))).isInstanceOf(ReviewCommand.Recommend.class);
    }

    @Test
    void refusesAChoiceOtherThanAssociateOrReject() {
        assertThatThrownBy(() -> PanelDecision.of(fields("row2", "maybe", "reason2", "?")))
                .isInstanceOf(TaskFieldsRefused.class).hasMessage("Row 2: say associate or reject, not 'maybe'.");
    }

    @Test
    void aRowWithoutAReasonIsLeftForTheSubmissionToRefuse() {
        assertThat(PanelDecision.of(fields("row2", "associate")).choices()).containsEntry(2, new RowChoice(true, null));
    }

    @Test
    void verifyingAgainNeedsVerifyOrReject() {
        assertThatThrownBy(() -> VerifyAgainChoice.of(fields("action", "later"))).isInstanceOf(TaskFieldsRefused.class)
                .hasMessage("Say action = verify (a current CRL is loaded) or action = reject.");
    }

    @Test
    void rejectingWithoutACurrentCrlNeedsTheReason() {
        assertThatThrownBy(() -> VerifyAgainChoice.of(fields("action", "reject", "reason", " ")))
                .isInstanceOf(TaskFieldsRefused.class).hasMessage("Give the reason for rejecting it.");
        assertThat(VerifyAgainChoice.of(fields("action", "reject", "reason", "No CRL for a week")))
                .isEqualTo(new VerifyAgainChoice(false, "No CRL for a week"));
    }
}
