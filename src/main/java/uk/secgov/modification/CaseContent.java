package uk.secgov.modification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.input.MaxLength;

/** What a proposal is about: title, the issue, the proposed solution, who is impacted, SEC documents affected. */
public record CaseContent(String title, @MaxLength(CaseContent.TEXT_MAX) String issue,
        @MaxLength(CaseContent.TEXT_MAX) String solution, Set<PartyCategory> impacted, List<String> documentsAffected) {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 10000;
    static final int DOCUMENT_MAX = 200;
    static final int DOCUMENTS_MAX = 50;
    /** All the documents' names together, one a line: what the case keeps. */
    static final int DOCUMENTS_TOTAL_MAX = 4000;

    public CaseContent {
        List<InvalidModificationRequest.Violation> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            problems.add(new InvalidModificationRequest.Violation("title", "Give the proposal a title (up to "
                    + TITLE_MAX + " characters)."));
        }
        if (issue == null || issue.isBlank() || issue.strip().length() > TEXT_MAX) {
            problems.add(new InvalidModificationRequest.Violation("issue", "Say what the issue is (up to " + TEXT_MAX
                    + " characters)."));
        }
        if (solution != null && solution.strip().length() > TEXT_MAX) {
            problems.add(new InvalidModificationRequest.Violation("solution", "The solution is at most " + TEXT_MAX
                    + " characters."));
        }
        List<String> documents = documentsAffected == null ? List.of()
                : documentsAffected.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
        if (documents.size() > DOCUMENTS_MAX || String.join("\n", documents).length() > DOCUMENTS_TOTAL_MAX) {
            problems.add(new InvalidModificationRequest.Violation("documentsAffected", "Name at most " + DOCUMENTS_MAX
                    + " SEC documents, " + DOCUMENTS_TOTAL_MAX + " characters in all."));
        } else if (documents.stream().anyMatch(d -> d.length() > DOCUMENT_MAX || d.contains("\n"))) {
            problems.add(new InvalidModificationRequest.Violation("documentsAffected", "Name each SEC document on its own,"
                    + " up to " + DOCUMENT_MAX + " characters (e.g. 'Section H', 'Appendix Z')."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModificationRequest(problems);
        }
        title = title.strip();
        issue = issue.strip();
        solution = solution == null || solution.isBlank() ? null : solution.strip();
        impacted = impacted == null || impacted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(impacted));
        documentsAffected = documents;
    }
}
