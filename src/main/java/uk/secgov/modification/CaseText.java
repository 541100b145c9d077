package uk.secgov.modification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.party.PartyCategory;

/**
 * What a case is about, as the case keeps it: the checked {@link CaseContent} in its columns. The
 * impacted categories are enum names between commas ({@code ",LARGE_SUPPLIER,DCC,"}), so a filter is
 * one LIKE in the database; the documents affected are one a line.
 */
@Embeddable
public record CaseText(
        @Column(nullable = false, length = CaseContent.TITLE_MAX) String title,
        @Column(nullable = false, length = CaseContent.TEXT_MAX) String issue,
        @Column(length = CaseContent.TEXT_MAX) String solution,
        @Column(name = "impacted_categories", nullable = false, length = 500) String impactedCategories,
        @Column(name = "documents_affected", nullable = false, length = 4000) String documentLines) {

    static CaseText of(CaseContent content) {
        return new CaseText(content.title(), content.issue(), content.solution(),
                "," + content.impacted().stream().sorted().map(Enum::name).collect(Collectors.joining(","))
                        + (content.impacted().isEmpty() ? "" : ","),
                String.join("\n", content.documentsAffected()));
    }

    Set<PartyCategory> impacted() {
        Set<PartyCategory> set = EnumSet.noneOf(PartyCategory.class);
        Arrays.stream(impactedCategories.split(",")).filter(s -> !s.isBlank()).map(PartyCategory::valueOf)
                .forEach(set::add);
        return set;
    }

    List<String> documentsAffected() {
        return documentLines.isBlank() ? List.of() : List.of(documentLines.split("\n"));
    }
}
