package uk.secgov.hashconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.NamedFile;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;

/**
 * The guards of an investigation's verbs: each refuses out of turn with where the investigation is, or an incomplete
 * step with what to give, and then nothing is recorded.
 */
class InvestigationVerbsTest {

    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);

    private final InvestigationWorld world = new InvestigationWorld();

    private long detected() {
        world.conflictingSubmission(InvestigationWorld.SUPPLIER, HASH_B);
        return world.onlyInvestigation().id();
    }

    private long opened() {
        long id = detected();
        world.opening.open(id, "secas", "Parties checked");
        return id;
    }

    private long recommended() {
        long id = opened();
        world.recommendations.recommend(id, "secas", new ConflictRecommendation(Outcome.RETAIN, null, "Not confirmed"));
        return id;
    }

    private long decided() {
        long id = recommended();
        world.decisions.decide(id, "panel", new ConflictDecision(Outcome.RETAIN, null, "Panel meeting 124"));
        return id;
    }

    private String reference() {
        return world.onlyInvestigation().reference();
    }

    private int events() {
        return world.record().events().size();
    }

    @Test
    void anInvestigationIsOpenedOnlyOnce() {
        long id = opened();
        int before = events();

        assertThatThrownBy(() -> world.opening.open(id, "secas", null)).isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " cannot be opened: it is under investigation.");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void openingNamesTheProposedPartiesAndWhyTheyAreInvolved() {
        long id = detected();

        world.opening.open(id, "secas", " Checked with the Panel ");

        assertThat(world.record().latest(Kind.OPENED).orElseThrow().note())
                .isEqualTo("Investigation opened with Bright Energy (submitted the conflicting Hash), Meterworks Ltd"
                        + " (manufacturer named as the image creator). Checked with the Panel");
    }

    @Test
    void aRecommendationWaitsUntilTheInvestigationIsOpened() {
        long id = detected();

        assertThatThrownBy(() -> world.recommendations.recommend(id, "secas",
                new ConflictRecommendation(Outcome.RETAIN, null, "r"))).isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " cannot take a recommendation: it is awaiting secas.");
    }

    @Test
    void aRecommendationSaysReplaceOrRetainAndWhy() {
        long id = opened();

        assertThatThrownBy(() -> world.recommendations.recommend(id, "secas", new ConflictRecommendation(null, null,
                "r"))).isInstanceOf(IncompleteStep.class).hasMessage("Recommend replace or retain.");
        assertThatThrownBy(() -> world.recommendations.recommend(id, "secas",
                new ConflictRecommendation(Outcome.REPLACE, null, " "))).isInstanceOf(IncompleteStep.class)
                .hasMessage("Give the reasons for the recommendation.");
        assertThat(world.record().latest(Kind.RECOMMENDED)).isEmpty();
    }

    @Test
    void aReplaceNamesTheRequestedHashWhenTheRowsRequestSeveral() {
        world.conflictingSubmission(InvestigationWorld.SUPPLIER, HASH_B);
        world.conflictingSubmission(InvestigationWorld.SUPPLIER2, HASH_C);
        InvestigationRecord r = world.record();

        assertThatThrownBy(() -> r.chooseHash(Outcome.REPLACE, null)).isInstanceOf(IncompleteStep.class)
                .hasMessage("Several Hashes are requested; say which one replaces the current Hash (hash = one of "
                        + HASH_B + ", " + HASH_C + ").");
        assertThat(r.chooseHash(Outcome.REPLACE, HASH_C.toUpperCase())).isEqualTo(ImageHash.of(HASH_C));
        assertThat(r.chooseHash(Outcome.RETAIN, HASH_C)).as("retain chooses none").isNull();
    }

    @Test
    void aHashNoActiveRowRequestsCannotBeChosen() {
        detected();
        String other = "d".repeat(64);

        assertThatThrownBy(() -> world.record().chooseHash(Outcome.RETAIN, other)).isInstanceOf(IncompleteStep.class)
                .hasMessage("Hash " + other + " is not requested in investigation " + reference()
                        + "; the requested Hashes are " + HASH_B + ".");
    }

    @Test
    void thePanelDecidesOnlyAfterSecasRecommended() {
        long id = opened();

        assertThatThrownBy(() -> world.decisions.decide(id, "panel", new ConflictDecision(Outcome.RETAIN, null, "r")))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " cannot be decided: it is under investigation.");
        assertThat(world.record().latest(Kind.DECIDED)).isEmpty();
    }

    @Test
    void thePanelDecidesReplaceOrRetain() {
        long id = recommended();

        assertThatThrownBy(() -> world.decisions.decide(id, "panel", new ConflictDecision(null, null, "r")))
                .isInstanceOf(IncompleteStep.class).hasMessage("Decide replace or retain.");
        assertThat(world.record().latest(Kind.DECIDED)).isEmpty();
    }

    @Test
    void thePanelDecidesWithItsRationale() {
        long id = recommended();

        assertThatThrownBy(() -> world.decisions.decide(id, "panel", new ConflictDecision(Outcome.RETAIN, null, null)))
                .isInstanceOf(IncompleteStep.class).hasMessage("Give the Panel's rationale.");
        assertThat(world.record().latest(Kind.DECIDED)).isEmpty();
    }

    @Test
    void aDecisionIsAppliedOnlyOnceDecided() {
        long id = recommended();

        assertThatThrownBy(() -> world.decisions.applyDecision(id)).isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " cannot be applied: it is awaiting the panel's decision.");
        assertThat(world.decided.fired).isEmpty();
    }

    @Test
    void questionsWaitUntilTheInvestigationIsOpenedAndStopOnceItIsDecided() {
        detected();
        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER, "Which image?", 5, null))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " cannot take questions: it is awaiting secas.");

        world.opening.open(world.onlyInvestigation().id(), "secas", null);
        world.recommendations.recommend(world.onlyInvestigation().id(), "secas",
                new ConflictRecommendation(Outcome.RETAIN, null, "r"));
        world.decisions.decide(world.onlyInvestigation().id(), "panel", new ConflictDecision(Outcome.RETAIN, null,
                "r"));

        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER, "Which image?", 5, null))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " is decided: it cannot take questions.");
    }

    @Test
    void aQuestionHasText() {
        opened();

        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER, " ", 5, null)).isInstanceOf(IncompleteStep.class)
                .hasMessage("Write the question.");
        assertThat(world.record().requests()).isEmpty();
    }

    @Test
    void aQuestionIsAtMost4000Characters() {
        opened();

        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER, "x".repeat(4001), 5, null))
                .isInstanceOf(IncompleteStep.class).hasMessage("A question is at most 4000 characters.");
        assertThat(world.record().requests()).isEmpty();
    }

    @Test
    void aQuestionGoesOnlyToAnInvolvedParty() {
        opened();

        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER2, "Which image?", 5, null))
                .isInstanceOf(IncompleteStep.class).hasMessage("Only an involved party can be asked; add it first.");
        assertThat(world.record().requests()).isEmpty();
    }

    @Test
    void theAnswerIsDueWithinSixtyWorkingDays() {
        opened();

        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER, "Which image?", 61, null))
                .isInstanceOf(IncompleteStep.class).hasMessage("The answer is due 1 to 60 Working Days later, not 61.");
        assertThat(world.record().requests()).isEmpty();
    }

    @Test
    void aFollowUpFollowsAnEarlierRequestToTheSameParty() {
        opened();
        InformationRequest first = ask(InvestigationWorld.MANUFACTURER, "Did you build it?", 5, null);

        assertThatThrownBy(() -> ask(InvestigationWorld.SUPPLIER, "And you?", 5, first.id()))
                .isInstanceOf(IncompleteStep.class)
                .hasMessage("A follow-up question follows an earlier request to the same party.");
        assertThat(ask(InvestigationWorld.MANUFACTURER, "Which version?", null, first.id()).followsRequestId())
                .contains(first.id());
    }

    @Test
    void anAnswerHasText() {
        InformationRequest q = askedTheSupplier();

        assertThatThrownBy(() -> world.answers.answer(supplier(), reference(), q.id(), "", null, null))
                .isInstanceOf(IncompleteStep.class).hasMessage("Write the answer.");
        assertThat(world.record().answers()).isEmpty();
    }

    @Test
    void anAnswerIsAtMost4000CharactersAndLongerMaterialIsEvidence() {
        InformationRequest q = askedTheSupplier();

        assertThatThrownBy(() -> world.answers.answer(supplier(), reference(), q.id(), "x".repeat(4001), null, null))
                .isInstanceOf(IncompleteStep.class)
                .hasMessage("An answer is at most 4000 characters; attach longer material as evidence.");
        assertThat(world.record().answers()).isEmpty();
    }

    @Test
    void evidenceIsAtMostTwentyMegabytes() {
        InformationRequest q = askedTheSupplier();

        assertThatThrownBy(() -> world.answers.answer(supplier(), reference(), q.id(), "Ours", new NamedFile("big.bin",
                new byte[20 * 1024 * 1024 + 1]), null)).isInstanceOf(IncompleteStep.class)
                .hasMessage("Evidence files are at most 20 MB.");
        assertThat(world.record().answers()).isEmpty();
    }

    @Test
    void aRequestIsAnsweredOnce() {
        InformationRequest q = askedTheSupplier();
        world.answers.answer(supplier(), reference(), q.id(), "Ours", null, null);

        assertThatThrownBy(() -> world.answers.answer(supplier(), reference(), q.id(), "Again", null, null))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("This request is already answered; SECAS can ask a follow-up question.");
        assertThat(world.record().answers()).hasSize(1);
    }

    @Test
    void noAnswerIsTakenOnceTheInvestigationIsDecided() {
        opened();
        InformationRequest q = ask(InvestigationWorld.SUPPLIER, "Which image?", 5, null);
        world.recommendations.recommend(world.onlyInvestigation().id(), "secas",
                new ConflictRecommendation(Outcome.RETAIN, null, "r"));
        world.decisions.decide(world.onlyInvestigation().id(), "panel", new ConflictDecision(Outcome.RETAIN, null,
                "r"));

        assertThatThrownBy(() -> world.answers.answer(world.userOf(InvestigationWorld.SUPPLIER), reference(), q.id(),
                "Ours", null, null)).isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " is decided: it takes no more answers.");
    }

    @Test
    void aPartyIsAddedOnce() {
        opened();

        assertThatThrownBy(() -> world.involvement.addParty(world.secas(), reference(), InvestigationWorld.SUPPLIER))
                .isInstanceOf(NotAtThisStep.class).hasMessage("Bright Energy is already involved.");
    }

    @Test
    void onlyAKnownPartyIsAdded() {
        opened();

        assertThatThrownBy(() -> world.involvement.addParty(world.secas(), reference(), 999L))
                .isInstanceOf(IncompleteStep.class).hasMessage("No party 999.");
    }

    @Test
    void onlyAnInvolvedPartyIsRemoved() {
        opened();

        assertThatThrownBy(() -> world.involvement.removeParty(world.secas(), reference(),
                InvestigationWorld.SUPPLIER2)).isInstanceOf(NotAtThisStep.class)
                .hasMessage("That party is not involved.");
    }

    @Test
    void anAddedPartyIsInvolvedAndTheTimelineSaysSo() {
        opened();

        world.involvement.addParty(world.secas(), reference(), InvestigationWorld.SUPPLIER2);

        assertThat(world.record().involves(InvestigationWorld.SUPPLIER2)).isTrue();
        assertThat(world.record().latest(Kind.PARTY_ADDED).orElseThrow().note())
                .isEqualTo("Volt Supply added to the investigation.");
    }

    @Test
    void partiesStayAsTheyAreOnceTheInvestigationIsDecided() {
        decided();

        assertThatThrownBy(() -> world.involvement.addParty(world.secas(), reference(), InvestigationWorld.SUPPLIER2))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " is decided: it cannot take a party in.");
        assertThatThrownBy(() -> world.involvement.removeParty(world.secas(), reference(), InvestigationWorld.SUPPLIER))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " is decided: it cannot take a party out.");
    }

    @Test
    void onlySecasRunsAnInvestigation() {
        opened();

        assertThatThrownBy(() -> world.involvement.addParty(world.userOf(InvestigationWorld.SUPPLIER), reference(),
                InvestigationWorld.SUPPLIER2)).isInstanceOf(InvestigationRefused.class)
                .hasMessage("Only SECAS runs an investigation.");
    }

    @Test
    void aChaseSaysWhatSecasDid() {
        opened();
        InformationRequest q = ask(InvestigationWorld.SUPPLIER, "Which image?", 5, null);

        assertThatThrownBy(() -> world.overdue.chased(q.id(), "secas", null)).isInstanceOf(IncompleteStep.class)
                .hasMessage("Say what you did to chase the answer.");
        assertThat(world.record().latest(Kind.CHASED)).isEmpty();
    }

    @Test
    void anAnsweredRequestIsNeitherRemindedNorEscalated() {
        opened();
        InformationRequest q = ask(InvestigationWorld.SUPPLIER, "Which image?", 5, null);
        world.answers.answer(world.userOf(InvestigationWorld.SUPPLIER), reference(), q.id(), "Ours", null, null);
        InvestigationRecord r = world.record();

        assertThat(r.remind(q, "Bright Energy", world.now())).isEmpty();
        assertThat(r.escalate(q, "Bright Energy", world.now())).isEmpty();
    }

    @Test
    void aSecondSubmissionJoinsTheRunningInvestigationButNotADecidedOne() {
        long id = opened();
        SubmittedRow second = world.conflictingSubmission(InvestigationWorld.SUPPLIER2, HASH_C);

        assertThat(world.onlyInvestigation().id()).isEqualTo(id);
        assertThat(world.record().latest(Kind.JOINED).orElseThrow().note()).isEqualTo("Row 5 of submission "
                + world.submissionOf(second).reference() + " asks for the same Device Model with Hash " + HASH_C
                + ": it joins this investigation.");
        world.recommendations.recommend(id, "secas", new ConflictRecommendation(Outcome.RETAIN, null, "r"));
        world.decisions.decide(id, "panel", new ConflictDecision(Outcome.RETAIN, null, "r"));

        assertThatThrownBy(() -> world.record().join(99L, 1, "CPL-2024-000009", ImageHash.of(HASH_C), "system", world.now()))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " is decided: it cannot take more rows.");
    }

    @Test
    void theLastWithdrawalEndsTheInvestigationWithoutADecision() {
        SubmittedRow row = world.conflictingSubmission(InvestigationWorld.SUPPLIER, HASH_B);
        world.submissionWithdrawn(row, "supplier");
        InvestigationRecord r = world.record();

        assertThat(r.state()).isEqualTo(InvestigationRecord.State.WITHDRAWN);
        assertThatThrownBy(() -> r.rowsWithdrawn("CPL-2024-000009", "supplier", world.now()))
                .isInstanceOf(NotAtThisStep.class)
                .hasMessage("Investigation " + reference() + " cannot lose rows: it is withdrawn.");
    }

    /** An opened investigation's question to Bright Energy, due in 5 Working Days. */
    private InformationRequest askedTheSupplier() {
        opened();
        return ask(InvestigationWorld.SUPPLIER, "Which image?", 5, null);
    }

    private InvestigationViewer supplier() {
        return world.userOf(InvestigationWorld.SUPPLIER);
    }

    private InformationRequest ask(long partyId, String question, Integer workingDays, Long follows) {
        return world.requests.ask(world.secas(), reference(), partyId, question, workingDays, follows);
    }
}
