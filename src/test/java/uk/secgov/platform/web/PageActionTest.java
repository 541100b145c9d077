package uk.secgov.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.secgov.platform.input.InvalidInput;
import uk.secgov.platform.refusal.InvalidRequest;
import uk.secgov.platform.refusal.Refused;

/** Where a page shows a refusal: each violation beside the field the page maps, everything else at the top. */
class PageActionTest {

    private static final PageAction ADD_FORM = PageAction.withFields(Map.of("date", "addForm:date"));

    @Test
    void showsEachViolationOnTheComponentOfItsFieldAndTheRestAtTheTop() {
        List<PageAction.Message> messages = ADD_FORM.messagesOf(new InvalidInput(List.of(
                new InvalidRequest.Violation("date", "Give the date as DD/MM/YYYY."),
                new InvalidRequest.Violation("reason", "Say why."))));

        assertThat(messages).containsExactly(new PageAction.Message("addForm:date", "Give the date as DD/MM/YYYY."),
                new PageAction.Message(null, "Say why."));
    }

    @Test
    void showsEveryViolationAtTheTopOfAPageThatMapsNoField() {
        List<PageAction.Message> messages = PageAction.ON_PAGE.messagesOf(new InvalidInput("date", "Not a date."));

        assertThat(messages).containsExactly(new PageAction.Message(null, "Not a date."));
    }

    @Test
    void showsAViolationWithoutAFieldAtTheTop() {
        List<PageAction.Message> messages = ADD_FORM.messagesOf(new InvalidInput(null, "Something is missing."));

        assertThat(messages).containsExactly(new PageAction.Message(null, "Something is missing."));
    }

    @Test
    void showsAStepRefusedForTheRecordsStateInItsMessageAtTheTop() {
        List<PageAction.Message> messages = ADD_FORM.messagesOf(new Refused("The holiday was already cancelled.") {
        });

        assertThat(messages).containsExactly(new PageAction.Message(null, "The holiday was already cancelled."));
    }

    @Test
    void showsARequestRefusedAsAWholeInItsMessageAtTheTop() {
        List<PageAction.Message> messages = ADD_FORM.messagesOf(new InvalidRequest("Say what you did.", List.of()) {
        });

        assertThat(messages).containsExactly(new PageAction.Message(null, "Say what you did."));
    }
}
