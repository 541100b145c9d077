package uk.secgov.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which messages the top of the page leaves out: only those shown beside their field. */
class FieldMessagesTest {

    private static final Set<String> SLOTTED = Set.of("addForm:date", "addForm:reason");

    private static FacesMessage message(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    @Test
    void marksTheMessagesOfAFieldWithASlotAsShownBesideIt() {
        List<FacesMessage> messages = List.of(message("Not a date."), message("Before 2000."));

        FieldMessages.markShownBeside(SLOTTED, "addForm:date", messages.iterator());

        assertThat(messages).allMatch(FacesMessage::isRendered);
    }

    @Test
    void leavesTheMessageOfAFieldWithoutASlotForTheTop() {
        FacesMessage message = message("Say who.");

        FieldMessages.markShownBeside(SLOTTED, "addForm:name", List.of(message).iterator());

        assertThat(message.isRendered()).isFalse();
    }

    @Test
    void leavesThePagesOwnMessagesForTheTop() {
        FacesMessage message = message("The holiday was already cancelled.");

        FieldMessages.markShownBeside(SLOTTED, null, List.of(message).iterator());

        assertThat(message.isRendered()).isFalse();
    }
}
