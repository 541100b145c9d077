package uk.secgov.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The input rules every use case applies, whatever screen or API sent the text. */
class InputRulesTest {

    record Vote(String member, String vote) {
    }

    record Request(String title, @MaxLength(10) String code, List<Vote> votes, @MaxItems(2) List<String> tags) {
    }

    private static List<String> fields(List<InvalidInput.Violation> problems) {
        return problems.stream().map(InvalidInput.Violation::field).toList();
    }

    @Test
    void acceptsTextWithNewLinesTabsAndCrLf() {
        assertThat(InputRules.text("reason", "Line one\r\nline two\n\tindented", 100)).isEmpty();
        assertThat(InputRules.text("reason", null, 100)).isEmpty();
        assertThat(InputRules.text("reason", "Café, naïve: “quoted” – £5 €", 100)).isEmpty();
    }

    @Test
    void refusesNulBelEscAndABareCarriageReturnNamingTheField() {
        for (String bad : List.of("a\u0000b", "ring\u0007", "\u001b[31mred", "over\rwritten", "end\r", "del\u007f",
                "c1\u0085")) {
            List<InvalidInput.Violation> problems = InputRules.text("rationale", bad, 100);
            assertThat(problems).as(bad).hasSize(1);
            assertThat(problems.get(0).field()).isEqualTo("rationale");
            assertThat(problems.get(0).message()).contains("rationale contains a control character (U+");
        }
        assertThat(InputRules.text("x", "ring\u0007", 100).get(0).message()).contains("U+0007 at position 5");
    }

    @Test
    void refusesTextOverItsLimitSayingTheLimit() {
        List<InvalidInput.Violation> problems = InputRules.text("rationale", "x".repeat(1_000_000), 4000);

        assertThat(problems).extracting(InvalidInput.Violation::message)
                .containsExactly("rationale is too long: at most 4000 characters, but it has 1000000.");
    }

    @Test
    void checksEveryComponentOfARequestWithItsOwnLimitsAndListsEveryProblem() {
        Request request = new Request("Bell\u0007", "ABCDEFGHIJK", List.of(new Vote("Ann", "APPROVE"),
                new Vote("Bob\u0000", "REJECT")), List.of("a", "b", "c"));

        List<InvalidInput.Violation> problems = InputRules.problems("request", request, null);

        assertThat(fields(problems)).containsExactly("title", "code", "votes[2].member", "tags");
    }

    @Test
    void refusesAnEmptyItemAndTooManyItems() {
        List<String> withNull = new java.util.ArrayList<>(List.of("Section H"));
        withNull.add(null);

        assertThat(InputRules.problems("documentsAffected", withNull, null)).extracting(InvalidInput.Violation::message)
                .containsExactly("documentsAffected has an empty item (item 2).");
        assertThat(InputRules.problems("documentsAffected", java.util.Collections.nCopies(100_000, "x"), null))
                .extracting(InvalidInput.Violation::message)
                .containsExactly("documentsAffected has too many items: at most 1000, but it has 100000.");
    }

    @Test
    void namesAFormFieldByItsKeyAndLooksInsideOptionals() {
        assertThat(fields(InputRules.problems("fields", Map.of("reason1", "esc\u001b"), null)))
                .containsExactly("reason1");
        assertThat(fields(InputRules.problems("note", Optional.of("nul\u0000"), null))).containsExactly("note");
    }

    @Test
    void leavesNumbersDatesAndBytesAlone() {
        assertThat(InputRules.problems("file", new byte[] {0, 7, 27}, null)).isEmpty();
        assertThat(InputRules.problems("id", 42L, null)).isEmpty();
    }
}
