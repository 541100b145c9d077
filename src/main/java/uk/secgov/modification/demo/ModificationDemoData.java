package uk.secgov.modification.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.secgov.modification.CaseContent;
import uk.secgov.modification.Classification;
import uk.secgov.modification.DevelopmentSteps;
import uk.secgov.modification.MeetingDecisions;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.ModificationReference;
import uk.secgov.modification.Modifications;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.ProposalIntake;
import uk.secgov.modification.ProposalIntake.NewCase;
import uk.secgov.modification.RefinementSteps;
import uk.secgov.modification.Route;
import uk.secgov.modification.Vote;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;

/**
 * In demo mode ({@code secgov.demo}): the real cases of issue 6 as far as domain.md gives them
 * (DP073 to DP075 in Development, raised 2019; MP087 the Fast-Track decided on 11 October 2019;
 * SECMP0107 in Refinement with the DCC PIA requested on 20 April 2020; MP168 'CPL Security
 * Improvements' raised 11 June 2021, CSC 29 June 2021). Each is recorded through the services, step
 * by step with its dates, so its process runs as for any case; dates and texts the seed does not give
 * are marked "(demo)". Only missing cases are added, so a restart changes nothing.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "DemoData", "ReleaseDemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ModificationDemoData {

    static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(ModificationDemoData.class.getName());

    @Inject
    Modifications modifications;

    @Inject
    ProposalIntake intake;

    @Inject
    DevelopmentSteps development;

    @Inject
    MeetingDecisions decisions;

    @Inject
    RefinementSteps refinement;

    @Inject
    Directory directory;

    @PostConstruct
    void seed() {
        if (!Boolean.parseBoolean(System.getProperty("secgov.demo", "false"))) {
            return;
        }
        for (int n = 73; n <= 75; n++) {
            draftInDevelopment("DP0" + n, LocalDate.of(2019, 5, 20 + n - 73));
        }
        mp087();
        secmp0107();
        mp168();
        LOG.info("Demo mode: the demo modification cases are in place");
    }

    private boolean missing(String reference) {
        return modifications.byReference(ModificationReference.parse(reference)).isEmpty();
    }

    private Proposer proposer(String partyName, String person, String onBehalfOf) {
        Party party = directory.partyNamed(partyName).orElseThrow();
        return new Proposer(party.id(), party.name(), person, onBehalfOf);
    }

    private static CaseContent content(String title, String issue, String solution, List<String> documents) {
        return new CaseContent(title, issue, solution, Set.of(PartyCategory.LARGE_SUPPLIER,
                PartyCategory.SMALL_SUPPLIER, PartyCategory.DCC), documents);
    }

    private void draftInDevelopment(String reference, LocalDate raised) {
        if (!missing(reference)) {
            return;
        }
        intake.raiseDraft(new NewCase(reference, content("Draft Proposal " + reference + " (demo)",
                "A Draft Proposal raised in 2019, in the Development Stage (its text is not in the seed material).", null,
                List.of("Section D")), proposer("Bright Energy", "Sue Supplier", null), raised, Classification.WHITE,
                null), ACTOR);
        development.completePrecheck(reference, "Sam Analyst", "Pre-submission comments given (demo).",
                raised.plusDays(5), ACTOR);
        development.recordCscComment(reference, "Initial comment on the problem statement (demo).",
                raised.plusDays(30), ACTOR);
    }

    private void mp087() {
        if (!missing("MP087")) {
            return;
        }
        intake.raiseFastTrack(new NewCase("MP087", content("Fast-Track corrections (MP087, demo title)",
                "Typographical and minor factual errors in the SEC (not material).", "Correct the errors.",
                List.of("Section A")), proposer("SEC Panel", "Panel Chair", null), LocalDate.of(2019, 10, 11),
                Classification.WHITE, null), ACTOR);
        decisions.fastTrackDecision("MP087", LocalDate.of(2019, 10, 11), List.of(
                MemberVote.of("Panel member 1 (demo)", Vote.APPROVE), MemberVote.of("Panel member 2 (demo)", Vote.APPROVE),
                MemberVote.of("Panel member 3 (demo)", Vote.APPROVE)), ACTOR);
    }

    private void secmp0107() {
        if (!missing("SECMP0107")) {
            return;
        }
        intake.raiseDraft(new NewCase("SECMP0107", content("SECMP0107 (demo title)",
                "An older case in the Refinement Process (its text is not in the seed material).", null,
                List.of("Section H")), proposer("Smart DCC", "Dee Comms", null), LocalDate.of(2020, 1, 9),
                Classification.WHITE, null), ACTOR);
        development.completePrecheck("SECMP0107", "Sam Analyst", "Pre-submission comments given (demo).",
                LocalDate.of(2020, 1, 16), ACTOR);
        development.agreeProblemStatement("SECMP0107", LocalDate.of(2020, 2, 25), ACTOR);
        decisions.convert("SECMP0107", ModificationPath.PATH_2, Route.REFINEMENT, false, LocalDate.of(2020, 3, 20),
                ACTOR);
        refinement.recordEvent("SECMP0107", "DCC PIA requested", "DCC Preliminary Impact Assessment requested.",
                LocalDate.of(2020, 4, 20), ACTOR);
    }

    private void mp168() {
        if (!missing("DP168")) {
            return;
        }
        intake.raiseDraft(new NewCase("DP168", content("CPL Security Improvements",
                "The Hash of a Manufacturer Image is associated with a Device Model on the CPL without proof of who"
                        + " created the image.",
                "Manufacturers sign CPL submissions with IKI certificates; Suppliers or the DCC countersign; SECAS"
                        + " checks the signatures and the DCC's CRL.", List.of("Appendix Z", "Section F")),
                proposer("SECAS", "Sam Analyst", "the SSC"), LocalDate.of(2021, 6, 11), Classification.WHITE, null),
                ACTOR);
        development.completePrecheck("DP168", "Sam Analyst", "Pre-submission comments given (demo).",
                LocalDate.of(2021, 6, 16), ACTOR);
        development.recordCscComment("DP168", "The CSC commented on the problem statement.", LocalDate.of(2021, 6, 29),
                ACTOR);
        development.agreeProblemStatement("DP168", LocalDate.of(2021, 6, 29), ACTOR);
        decisions.convert("DP168", ModificationPath.PATH_3, Route.REFINEMENT, false, LocalDate.of(2021, 7, 21), ACTOR);
    }
}
