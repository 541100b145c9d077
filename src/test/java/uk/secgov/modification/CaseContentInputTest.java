package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.input.InputRules;

/** A proposal's long texts keep their own limits under the input rules every use case applies. */
class CaseContentInputTest {

    @Test
    void anIssueAndSolutionOfTenThousandCharactersMeetTheInputRules() {
        CaseContent content = new CaseContent("Title", "i".repeat(10000), "s".repeat(10000),
                Set.of(PartyCategory.LARGE_SUPPLIER), List.of("Section H"));

        assertThat(InputRules.problems("content", content, null)).isEmpty();
    }

    @Test
    void moreThanFiftyDocumentsAffectedAreRefused() {
        List<String> documents = java.util.Collections.nCopies(51, "Section H");

        InvalidModificationRequest refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidModificationRequest.class, () -> new CaseContent("Title", "Issue", null, Set.of(), documents));

        assertThat(refused.violations()).extracting(InvalidModificationRequest.Violation::field)
                .containsExactly("documentsAffected");
    }
}
