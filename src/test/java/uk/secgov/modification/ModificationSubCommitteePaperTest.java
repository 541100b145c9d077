package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The monthly paper to the sub-committees: Draft Proposals raised in the month and conversions in it. */
class ModificationSubCommitteePaperTest {

    private final ModificationFixtures f = new ModificationFixtures();
    private final SubCommitteePaper papers = new SubCommitteePaper(f.modifications, f.clock);

    @Test
    void listsTheDraftProposalsRaisedInTheMonthWithProposerLeadAnalystAndIssue() {
        Modification first = f.draft("June first", LocalDate.of(2021, 6, 1));
        f.development.completePrecheck(first.reference().toString(), "Sam Analyst", "ok", LocalDate.of(2021, 6, 3), "secas");
        f.draft("June last", LocalDate.of(2021, 6, 30));
        f.draft("July", LocalDate.of(2021, 7, 1));
        f.draft("May", LocalDate.of(2021, 5, 31));
        f.fastTrack("MP300", "A Fast-Track is not a Draft Proposal", LocalDate.of(2021, 6, 15));

        SubCommitteePaper.Paper june = papers.forMonth(YearMonth.of(2021, 6));

        assertThat(june.raised()).extracting(SubCommitteePaper.Row::title).containsExactly("June first", "June last");
        SubCommitteePaper.Row row = june.raised().get(0);
        assertThat(row.proposer()).isEqualTo("G. Hextall (Bright Energy) on behalf of the SSC");
        assertThat(row.leadAnalyst()).isEqualTo("Sam Analyst");
        assertThat(row.issueSummary()).isEqualTo("What is the issue: June first");
        assertThat(june.raised().get(1).leadAnalyst()).isEqualTo("not yet assigned");
        assertThat(june.converted()).isEmpty();
    }

    @Test
    void listsTheConversionsOfTheMonthUnderTheirNewReference() {
        Modification ready = f.readyToConvert("Converted in August", LocalDate.of(2021, 6, 11));
        f.decisions.convert(ready.reference().toString(), ModificationPath.PATH_3, Route.REFINEMENT, false,
                LocalDate.of(2021, 8, 5), "panel");

        SubCommitteePaper.Paper august = papers.forMonth(YearMonth.of(2021, 8));

        assertThat(august.raised()).isEmpty();
        assertThat(august.converted()).extracting(SubCommitteePaper.Row::reference).containsExactly("MP001");
    }

    @Test
    void aLongIssueIsSummarisedAndAMonthNotYetBegunIsRefused() {
        String longIssue = "x".repeat(2000);
        f.intake.raiseDraft(new ProposalIntake.NewCase(null, new CaseContent("Long", longIssue, null,
                java.util.Set.of(), java.util.List.of()), ModificationFixtures.proposer(), LocalDate.of(2022, 1, 5),
                Classification.WHITE, null), "secas");

        assertThat(papers.forMonth(YearMonth.of(2022, 1)).raised().get(0).issueSummary()).hasSize(600).endsWith("…");
        assertThatThrownBy(() -> papers.forMonth(YearMonth.of(2024, 7))).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("has not begun");
        assertThatThrownBy(() -> papers.forMonth(null)).isInstanceOf(InvalidModificationRequest.class);
    }
}
