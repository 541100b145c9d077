package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.modification.ModificationFixtures.changeBoard;
import static uk.secgov.modification.ModificationFixtures.panelVotes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.party.PartyCategory;

/** The case's verbs and every guard on them, with the real calendar and release calendar. */
class ModificationTest {

    private static final Viewer OTHER_SUPPLIER = new Viewer("supplier2", 9L, Set.of("supplier"));
    private static final Viewer PROPOSERS_USER = new Viewer("supplier", 7L, Set.of("supplier"));

    private final ModificationFixtures f = new ModificationFixtures();

    private static ZonedDateTime at17(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(17, 0).atZone(WorkingDayCalendar.UK);
    }

    @Test
    void referencesKeepTheirNumberWhenADraftBecomesAProposal() {
        assertThat(ModificationReference.parse("dp168").converted()).hasToString("MP168");
        assertThat(ModificationReference.parse("MP087")).hasToString("MP087");
        assertThat(ModificationReference.parse("SECMP0107")).hasToString("SECMP0107");
        assertThat(ModificationReference.parse("SECMP0107").converted()).hasToString("SECMP0107");
        assertThatThrownBy(() -> ModificationReference.parse("XP168")).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("not a reference");
        assertThatThrownBy(() -> ModificationReference.parse("DP0")).isInstanceOf(InvalidModificationRequest.class);
    }

    @Test
    void aDraftProposalIsDueItsPreSubmissionCommentsFiveWorkingDaysAfterItWasRaised() {
        Modification dp = f.draft("Holiday moved", LocalDate.of(2020, 4, 30));

        assertThat(dp.reference()).hasToString("DP001");
        assertThat(dp.stage()).isEqualTo(Stage.DRAFT_PROPOSAL);
        KeyDate target = dp.current(KeyDateKind.PRECHECK_TARGET).orElseThrow();
        assertThat(target.due()).isEqualTo(at17(2020, 5, 7));
        assertThat(target.explanation()).contains("5 Working Days after Thu 30/04/2020").contains("Thu 07/05/2020");
        assertThat(dp.timeline()).extracting(TimelineEvent::kind).containsExactly(TimelineKind.RAISED);
        assertThat(dp.proposer().describe()).isEqualTo("G. Hextall (Bright Energy) on behalf of the SSC");
        assertThat(dp.isPublic()).as("a draft awaiting pre-check is its Proposer's own").isFalse();
    }

    @Test
    void aDraftCannotTakeAModificationProposalsReference() {
        assertThatThrownBy(() -> f.intake.raiseDraft(new ProposalIntake.NewCase("MP200",
                ModificationFixtures.content("x"), ModificationFixtures.proposer(), null, null, null), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("Modification Proposal's reference");
        assertThat(f.modifications.rows).isEmpty();
    }

    @Test
    void aDraftCannotTakeAReferenceAlreadyTaken() {
        f.draft("first", LocalDate.of(2021, 1, 4));

        assertThatThrownBy(() -> f.intake.raiseDraft(new ProposalIntake.NewCase("DP001",
                ModificationFixtures.content("x"), ModificationFixtures.proposer(), null, null, null), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("already taken");
        assertThat(f.modifications.rows).hasSize(1);
    }

    @Test
    void aDraftCannotBeRaisedOnAFutureDate() {
        assertThatThrownBy(() -> f.draft("future", LocalDate.of(2030, 1, 1)))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("in the future");
        assertThat(f.modifications.rows).isEmpty();
    }

    @Test
    void aCaseNeedsATitleAndAnIssueAndSaysWhichIsMissing() {
        assertThatThrownBy(() -> new CaseContent(" ", null, null, Set.of(), List.of()))
                .isInstanceOfSatisfying(InvalidModificationRequest.class, e -> assertThat(e.violations())
                        .extracting(InvalidModificationRequest.Violation::field).containsExactly("title", "issue"));
    }

    @Test
    void onlyThePanelRaisesAFastTrackProposal() {
        assertThatThrownBy(() -> f.intake.raiseFastTrack(new ProposalIntake.NewCase("DP300",
                ModificationFixtures.content("x"), ModificationFixtures.panel(), null, null, null), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("Fast-Track");
        assertThat(f.modifications.rows).isEmpty();
    }

    @Test
    void conversionWaitsForTheCscAndKeepsTheNumber() {
        String ref = f.draft("Needs work", LocalDate.of(2021, 6, 11)).reference().toString();
        f.development.completePrecheck(ref, "Joe Analyst", "Fine", LocalDate.of(2021, 6, 14), "secas");

        assertThatThrownBy(() -> f.decisions.convert(ref, ModificationPath.PATH_3, Route.REFINEMENT, false,
                LocalDate.of(2021, 6, 20), "panel")).isInstanceOf(StepRefused.class)
                .hasMessageContaining("must first agree the problem statement");

        f.development.agreeProblemStatement(ref, LocalDate.of(2021, 6, 29), "secas");
        Modification mp = f.decisions.convert(ref, ModificationPath.PATH_3, Route.REFINEMENT, false,
                LocalDate.of(2021, 7, 9), "panel");

        assertThat(mp.reference()).hasToString("MP001");
        assertThat(mp.stage()).isEqualTo(Stage.REFINEMENT);
        assertThat(mp.leadAnalyst()).contains("Joe Analyst");
        assertThat(mp.timeline()).extracting(TimelineEvent::kind).containsExactly(TimelineKind.RAISED,
                TimelineKind.PRECHECK_COMPLETED, TimelineKind.PROBLEM_STATEMENT_AGREED, TimelineKind.CONVERTED);
        assertThat(mp.timeline().get(3).summary()).startsWith("DP001 converted to MP001.");
        assertThat(f.register.one(Viewer.PUBLIC, "DP001")).isSameAs(mp);
    }

    @Test
    void aFastTrackGoesOnlyTheFastTrackRouteAndNeedsNoUrgency() {
        String ref = f.readyToConvert("Typo", LocalDate.of(2021, 1, 4)).reference().toString();

        assertThatThrownBy(() -> f.decisions.convert(ref, ModificationPath.FAST_TRACK, Route.REFINEMENT, false,
                LocalDate.of(2021, 3, 1), "panel")).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("never goes through Refinement");
        assertThatThrownBy(() -> f.decisions.convert(ref, ModificationPath.PATH_2, Route.FAST_TRACK, false,
                LocalDate.of(2021, 3, 1), "panel")).isInstanceOf(InvalidModificationRequest.class);
        assertThatThrownBy(() -> f.decisions.convert(ref, ModificationPath.FAST_TRACK, Route.FAST_TRACK, true,
                LocalDate.of(2021, 3, 1), "panel")).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("not urgent");
        assertThatThrownBy(() -> f.decisions.convert(ref, null, null, false, LocalDate.of(2021, 3, 1), "panel"))
                .isInstanceOfSatisfying(InvalidModificationRequest.class, e -> assertThat(e.violations())
                        .extracting(InvalidModificationRequest.Violation::field).containsExactly("path", "route"));
        assertThat(f.register.one(Viewer.PUBLIC, ref).stage()).isEqualTo(Stage.AWAITING_CONVERSION);
    }

    @Test
    void mp087UnanimousFastTrackOn11October2019EndsItsObjectionWindowOn1November() {
        Modification mp = f.fastTrack("MP087", "Correct typographical errors", LocalDate.of(2019, 9, 30));

        f.decisions.fastTrackDecision("MP087", LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE, Vote.APPROVE,
                Vote.APPROVE), "secas");

        assertThat(mp.stage()).isEqualTo(Stage.OBJECTION_WINDOW);
        assertThat(mp.current(KeyDateKind.OBJECTION_WINDOW_END).orElseThrow().due()).isEqualTo(at17(2019, 11, 1));
        assertThat(mp.current(KeyDateKind.OBJECTION_WINDOW_END).orElseThrow().explanation())
                .contains("15 Working Days after Fri 11/10/2019");
        assertThat(mp.earliestImplementation()).contains(LocalDate.of(2019, 11, 4));
        assertThat(mp.current(KeyDateKind.EARLIEST_IMPLEMENTATION).orElseThrow().explanation())
                .contains("Sat 02/11/2019 (Saturday)");
        assertThat(mp.targetRelease()).map(TargetRelease::name).contains("November 2019 SEC Release");
        TimelineEvent decision = mp.timeline().get(mp.timeline().size() - 1);
        assertThat(decision.occurredOn()).isEqualTo(LocalDate.of(2019, 10, 11));
        assertThat(decision.votes()).hasSize(3).allMatch(v -> v.vote() == Vote.APPROVE);
        assertThat(decision.recordedAt()).isEqualTo(ModificationFixtures.NOW);
    }

    @Test
    void aPanelThatIsNotUnanimousSendsTheFastTrackDownAnotherRouteForGood() {
        String ref = f.fastTrack(null, "Minor error", LocalDate.of(2019, 9, 30)).reference().toString();

        Modification mp = f.decisions.fastTrackDecision(ref, LocalDate.of(2019, 10, 11),
                panelVotes(Vote.APPROVE, Vote.ABSTAIN, Vote.APPROVE), "secas");

        assertThat(mp.stage()).isEqualTo(Stage.AWAITING_CONVERSION);
        assertThat(mp.current(KeyDateKind.OBJECTION_WINDOW_END)).isEmpty();
        assertThat(mp.latestUpdate()).contains("not approve the Fast-Track unanimously (2 approve, 0 reject, 1 abstain)");
        assertThatThrownBy(() -> f.decisions.convert(ref, ModificationPath.FAST_TRACK, Route.FAST_TRACK, false,
                LocalDate.of(2019, 11, 1), "panel")).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("must go down another path");
        assertThat(f.decisions.convert(ref, ModificationPath.PATH_3, Route.REPORT_PHASE, false,
                LocalDate.of(2019, 11, 1), "panel").stage()).isEqualTo(Stage.REPORT_PHASE);
    }

    @Test
    void votesMustNameEachMemberOnceAndChangeBoardMembersTheirCategory() {
        String ref = f.fastTrack(null, "Minor", LocalDate.of(2019, 9, 30)).reference().toString();
        assertThatThrownBy(() -> f.decisions.fastTrackDecision(ref, LocalDate.of(2019, 10, 11), List.of(), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("each member's vote");
        assertThatThrownBy(() -> f.decisions.fastTrackDecision(ref, LocalDate.of(2019, 10, 11),
                List.of(MemberVote.of("A", Vote.APPROVE), MemberVote.of("A", Vote.APPROVE)), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("once");
        assertThatThrownBy(() -> MemberVote.of(" ", Vote.APPROVE)).isInstanceOf(InvalidModificationRequest.class);
        assertThatThrownBy(() -> MemberVote.of("B", null)).isInstanceOf(InvalidModificationRequest.class);
        assertThat(f.register.one(Viewer.PUBLIC, ref).stage()).isEqualTo(Stage.FAST_TRACK_DECISION);
    }

    @Test
    void anObjectionWithinTheWindowSendsItToAnotherRouteAndALateOneIsRefused() {
        String ref = f.fastTrack(null, "Minor", LocalDate.of(2019, 9, 30)).reference().toString();
        f.decisions.fastTrackDecision(ref, LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE, Vote.APPROVE), "secas");

        assertThatThrownBy(() -> f.challenges.objection(ref, "Volt Supply", "Material", LocalDate.of(2019, 11, 4), "secas"))
                .isInstanceOf(StepRefused.class).hasMessageContaining("too late");
        Modification mp = f.challenges.objection(ref, "Volt Supply", "It is material", LocalDate.of(2019, 11, 1), "secas");

        assertThat(mp.stage()).isEqualTo(Stage.AWAITING_CONVERSION);
        assertThat(mp.targetRelease()).isEmpty();
        assertThatThrownBy(() -> f.windows.closeObjectionWindow(mp.id())).isInstanceOf(StepRefused.class);
    }

    @Test
    void theObjectionWindowCannotCloseBeforeItsTime() {
        Modification mp = f.fastTrack(null, "Minor", LocalDate.of(2019, 9, 30));
        Modification.Actor onTheDay = new Modification.Actor("secas", Instant.parse("2019-10-11T12:00:00Z"));
        mp.recordFastTrackDecision(LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE), f.deadlines, f.settings,
                f.releaseFinder, onTheDay);

        Modification.Actor justBefore = new Modification.Actor("system", Instant.parse("2019-11-01T16:59:00Z"));
        assertThatThrownBy(() -> mp.closeObjectionWindow(justBefore)).isInstanceOf(StepRefused.class)
                .hasMessageContaining("not yet");
        mp.closeObjectionWindow(new Modification.Actor("system", Instant.parse("2019-11-01T17:00:00Z")));
        assertThat(mp.stage()).isEqualTo(Stage.APPROVED);
    }

    @Test
    void meetingDatesCannotBeInTheFutureNorBeforeTheCaseWasRaised() {
        String ref = f.draft("Dates", LocalDate.of(2021, 6, 11)).reference().toString();
        assertThatThrownBy(() -> f.development.completePrecheck(ref, "Joe", "ok", LocalDate.of(2024, 6, 4), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> f.development.completePrecheck(ref, "Joe", "ok", LocalDate.of(2021, 6, 10), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("before the case was raised");
        assertThatThrownBy(() -> f.development.completePrecheck(ref, "Joe", "ok", null, "secas"))
                .isInstanceOf(InvalidModificationRequest.class);
        assertThatThrownBy(() -> f.development.completePrecheck(ref, " ", "ok", LocalDate.of(2021, 6, 14), "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("Lead Analyst");
        assertThat(f.register.one(new Viewer("secas", null, Set.of("secas")), ref).timeline()).hasSize(1);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheStageTheCaseIsAt() {
        String ref = f.draft("Order", LocalDate.of(2021, 6, 11)).reference().toString();
        LocalDate day = LocalDate.of(2021, 7, 1);
        assertThatThrownBy(() -> f.development.agreeProblemStatement(ref, day, "secas")).isInstanceOf(StepRefused.class)
                .hasMessageContaining("'Draft Proposal'");
        assertThatThrownBy(() -> f.refinement.complete(ref, day, "secas")).isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.decisions.approveReport(ref, day, "panel")).isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.decisions.changeBoardVote(ref, day, changeBoard(Vote.APPROVE, Vote.APPROVE,
                Vote.APPROVE), "secas")).isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.decisions.authorityDecision(ref, AuthorityDecision.APPROVE, null, day, "authority"))
                .isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.challenges.appeal(ref, "Volt", "x", day, "secas")).isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.decisions.fastTrackDecision(ref, day, panelVotes(Vote.APPROVE), "secas"))
                .isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.decisions.decideUrgency(ref, true, 5, null, day, "authority"))
                .isInstanceOf(StepRefused.class);
        assertThat(f.register.one(new Viewer("secas", null, Set.of("secas")), ref).timeline()).hasSize(1);
    }

    @Test
    void theReportConsultationClosesAt17AfterTheConfiguredWorkingDaysAndUrgencyShortensIt() {
        String ref = f.readyToConvert("Report", LocalDate.of(2023, 3, 1)).reference().toString();
        f.decisions.convert(ref, ModificationPath.PATH_2, Route.REPORT_PHASE, true, LocalDate.of(2023, 4, 6), "panel");
        assertThatThrownBy(() -> f.decisions.decideUrgency(ref, true, 0, null, LocalDate.of(2023, 4, 14), "authority"))
                .isInstanceOf(InvalidModificationRequest.class);
        f.decisions.decideUrgency(ref, true, 5, "Security fix", LocalDate.of(2023, 4, 14), "authority");

        Modification mp = f.decisions.approveReport(ref, LocalDate.of(2023, 4, 24), "panel");

        assertThat(mp.isUrgent()).isTrue();
        assertThat(mp.current(KeyDateKind.CONSULTATION_CLOSE).orElseThrow().due()).isEqualTo(at17(2023, 5, 2));
    }

    @Test
    void changeBoardOutcomesFollowTheConfiguredRule() {
        List<MemberVote> votes = List.of(MemberVote.of("a", PartyCategory.LARGE_SUPPLIER, Vote.APPROVE),
                MemberVote.of("b", PartyCategory.LARGE_SUPPLIER, Vote.REJECT),
                MemberVote.of("c", PartyCategory.LARGE_SUPPLIER, Vote.REJECT),
                MemberVote.of("d", PartyCategory.SMALL_SUPPLIER, Vote.APPROVE),
                MemberVote.of("e", PartyCategory.DCC, Vote.APPROVE),
                MemberVote.of("f", PartyCategory.GAS_NETWORK_OPERATOR, Vote.ABSTAIN));

        ChangeBoardRule.Result byCategory = ChangeBoardRule.MAJORITY_OF_CATEGORIES.apply(votes);
        assertThat(byCategory.perCategory()).containsEntry(PartyCategory.LARGE_SUPPLIER, Vote.REJECT)
                .containsEntry(PartyCategory.SMALL_SUPPLIER, Vote.APPROVE)
                .containsEntry(PartyCategory.GAS_NETWORK_OPERATOR, Vote.ABSTAIN);
        assertThat(byCategory.overall()).isEqualTo(Vote.APPROVE);
        assertThat(ChangeBoardRule.EVERY_CATEGORY.apply(votes).overall()).isEqualTo(Vote.REJECT);
        assertThat(ChangeBoardRule.MAJORITY_OF_MEMBERS.apply(votes.subList(0, 4)).overall())
                .as("a tie does not approve").isEqualTo(Vote.REJECT);
        assertThat(LifecycleSettings.from(java.util.Map.of("SECGOV_MOD_CHANGE_BOARD_RULE", "EVERY_CATEGORY",
                "SECGOV_MOD_ADOPTION_WORKING_DAYS", "10"))).satisfies(s -> {
                    assertThat(s.changeBoardRule()).isEqualTo(ChangeBoardRule.EVERY_CATEGORY);
                    assertThat(s.adoptionWorkingDays()).isEqualTo(10);
                    assertThat(s.objectionWorkingDays()).isEqualTo(15);
                });
    }

    @Test
    void theAuthoritySendsBackOnlyWithAReasonAndTheCaseReturnsToRefinement() {
        String ref = atAuthority(ModificationPath.PATH_2);
        assertThatThrownBy(() -> f.decisions.authorityDecision(ref, AuthorityDecision.SEND_BACK, " ",
                LocalDate.of(2023, 9, 1), "authority")).isInstanceOf(InvalidModificationRequest.class);
        assertThatThrownBy(() -> f.decisions.authorityDecision(ref, null, null, LocalDate.of(2023, 9, 1), "authority"))
                .isInstanceOf(InvalidModificationRequest.class);

        Modification mp = f.decisions.authorityDecision(ref, AuthorityDecision.SEND_BACK, "Costs unclear",
                LocalDate.of(2023, 9, 1), "authority");

        assertThat(mp.stage()).isEqualTo(Stage.REFINEMENT);
        assertThat(mp.changeBoardOutcome()).isEmpty();
    }

    @Test
    void aPath3AppealMustComeWithinTheWindowAndTheAuthorityCannotSendItBack() {
        String ref = atAuthority(ModificationPath.PATH_3);
        Modification mp = f.register.one(Viewer.PUBLIC, ref);
        assertThat(mp.stage()).isEqualTo(Stage.APPEAL_WINDOW);
        LocalDate end = mp.current(KeyDateKind.APPEAL_WINDOW_END).orElseThrow().dueDate();

        assertThatThrownBy(() -> f.challenges.appeal(ref, "Volt", "Unfair", end.plusDays(1), "secas"))
                .isInstanceOf(StepRefused.class).hasMessageContaining("too late");
        f.challenges.appeal(ref, "Volt", "Unfair", end, "secas");
        assertThatThrownBy(() -> f.decisions.appealDecision(ref, AuthorityDecision.SEND_BACK, null, end, "authority"))
                .isInstanceOf(InvalidModificationRequest.class);
        assertThat(f.decisions.appealDecision(ref, AuthorityDecision.APPROVE, null, end, "authority").stage())
                .isEqualTo(Stage.APPROVED);
    }

    @Test
    void aWithdrawnCaseWaitsForAdoptionAndTakesNoOtherStep() {
        String ref = f.draft("Withdraw me", LocalDate.of(2021, 6, 11)).reference().toString();
        f.development.completePrecheck(ref, "Joe", "ok", LocalDate.of(2021, 6, 14), "secas");
        Modification dp = f.interruptions.withdraw(ref, "No longer needed", LocalDate.of(2021, 7, 1), "secas");

        assertThat(dp.current(KeyDateKind.ADOPTION_WINDOW_END).orElseThrow().due()).isEqualTo(at17(2021, 7, 8));
        assertThatThrownBy(() -> f.development.agreeProblemStatement(ref, LocalDate.of(2021, 7, 2), "secas"))
                .isInstanceOf(StepRefused.class).hasMessageContaining("adopt");
        assertThatThrownBy(() -> f.interruptions.withdraw(ref, "again", LocalDate.of(2021, 7, 2), "secas"))
                .isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.interruptions.adopt(ref, new Proposer(9L, "Volt Supply", "V. Volt", null),
                LocalDate.of(2021, 7, 9), "secas")).isInstanceOf(StepRefused.class).hasMessageContaining("closed");

        f.interruptions.adopt(ref, new Proposer(9L, "Volt Supply", "V. Volt", null), LocalDate.of(2021, 7, 8), "secas");

        assertThat(dp.proposer().partyName()).isEqualTo("Volt Supply");
        assertThat(dp.isWithdrawalPending()).isFalse();
        assertThatThrownBy(() -> f.windows.closeWithdrawn(dp.id())).isInstanceOf(StepRefused.class);
        assertThat(f.development.agreeProblemStatement(ref, LocalDate.of(2021, 7, 9), "secas").stage())
                .isEqualTo(Stage.AWAITING_CONVERSION);
    }

    @Test
    void anotherPartysUserCannotWithdrawACase() {
        String ref = precheckedDraft("Mine to withdraw");

        assertThatThrownBy(() -> f.interruptions.withdraw(ref, OTHER_SUPPLIER, "not mine", LocalDate.of(2021, 7, 1)))
                .isInstanceOf(NotTheProposer.class).hasMessageContaining("only a user of that Party");
        assertThat(f.register.one(Viewer.PUBLIC, ref).isWithdrawalPending()).as("nothing changed").isFalse();
    }

    @Test
    void theProposersUserWithdrawsACaseWhichThenWaitsForAdoption() {
        String ref = precheckedDraft("Mine to withdraw");

        Modification dp = f.interruptions.withdraw(ref, PROPOSERS_USER, "No longer needed", LocalDate.of(2021, 7, 1));

        assertThat(dp.isWithdrawalPending()).isTrue();
        assertThat(dp.timeline().get(dp.timeline().size() - 1).recordedBy()).isEqualTo("supplier");
    }

    @Test
    void thePartyThatWithdrewACaseCannotAdoptIt() {
        String ref = precheckedDraft("Mine to withdraw");
        f.interruptions.withdraw(ref, PROPOSERS_USER, "No longer needed", LocalDate.of(2021, 7, 1));

        assertThatThrownBy(() -> f.interruptions.adopt(ref, PROPOSERS_USER, ModificationFixtures.proposer(),
                LocalDate.of(2021, 7, 2))).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("not the one that withdrew it");
    }

    @Test
    void aPartysUserAdoptsAWithdrawnCaseForTheirOwnPartyOnly() {
        String ref = precheckedDraft("Mine to withdraw");
        f.interruptions.withdraw(ref, PROPOSERS_USER, "No longer needed", LocalDate.of(2021, 7, 1));

        assertThatThrownBy(() -> f.interruptions.adopt(ref, OTHER_SUPPLIER, new Proposer(11L, "Someone Else", "S. Else",
                null), LocalDate.of(2021, 7, 2))).isInstanceOf(NotTheProposer.class)
                .hasMessageContaining("their own Party only");
        Modification dp = f.interruptions.adopt(ref, OTHER_SUPPLIER, new Proposer(9L, "Volt Supply", "V. Volt", null),
                LocalDate.of(2021, 7, 2));

        assertThat(dp.proposer().partyName()).isEqualTo("Volt Supply");
        assertThat(dp.isWithdrawalPending()).isFalse();
    }

    private String precheckedDraft(String title) {
        String ref = f.draft(title, LocalDate.of(2021, 6, 11)).reference().toString();
        f.development.completePrecheck(ref, "Joe", "ok", LocalDate.of(2021, 6, 14), "secas");
        return ref;
    }

    @Test
    void aCaseSomeoneMayNotSeeCannotBeWithdrawnByThemAsIfItDidNotExist() {
        String ref = f.draft("Awaiting pre-check", LocalDate.of(2021, 6, 11)).reference().toString();

        assertThatThrownBy(() -> f.interruptions.withdraw(ref, new Viewer("supplier2", 9L, Set.of("supplier")), "x",
                LocalDate.of(2021, 6, 12))).isInstanceOf(UnknownModification.class);
    }

    @Test
    void theReleasesACaseCanTargetLeaveOutCancelledOnesSoonestFirst() {
        assertThat(f.releaseFinder.listed()).extracting(TargetRelease::name).startsWith("November 2019 SEC Release",
                "February 2020 SEC Release");
    }

    @Test
    void aCaseOnHoldTakesNoStepUntilResumed() {
        String ref = f.readyToConvert("Hold me", LocalDate.of(2021, 6, 11)).reference().toString();
        f.interruptions.putOnHold(ref, "Waiting for a Significant Code Review", LocalDate.of(2021, 8, 2), "secas");

        assertThatThrownBy(() -> f.decisions.convert(ref, ModificationPath.PATH_3, Route.REFINEMENT, false,
                LocalDate.of(2021, 8, 3), "panel")).isInstanceOf(StepRefused.class).hasMessageContaining("on hold");
        assertThatThrownBy(() -> f.interruptions.putOnHold(ref, "again", LocalDate.of(2021, 8, 3), "secas"))
                .isInstanceOf(StepRefused.class);
        f.interruptions.resume(ref, LocalDate.of(2021, 8, 4), "secas");
        assertThatThrownBy(() -> f.interruptions.resume(ref, LocalDate.of(2021, 8, 4), "secas"))
                .isInstanceOf(StepRefused.class);
    }

    @Test
    void aCaseIsSupersededOnlyByAnotherCaseThatExists() {
        String ref = f.readyToConvert("Replace me", LocalDate.of(2021, 6, 11)).reference().toString();

        assertThatThrownBy(() -> f.interruptions.supersede(ref, ref, null, LocalDate.of(2021, 8, 5), "secas"))
                .isInstanceOf(InvalidModificationRequest.class);
        assertThatThrownBy(() -> f.interruptions.supersede(ref, "DP999", null, LocalDate.of(2021, 8, 5), "secas"))
                .isInstanceOf(InvalidModificationRequest.class);
        assertThat(f.register.one(Viewer.PUBLIC, ref).stage()).isNotEqualTo(Stage.SUPERSEDED);
    }

    @Test
    void aSupersededCaseIsClosedForGood() {
        String ref = f.readyToConvert("Replace me", LocalDate.of(2021, 6, 11)).reference().toString();
        f.draft("Successor", LocalDate.of(2021, 8, 1));

        Modification old = f.interruptions.supersede(ref, "DP002", "Merged", LocalDate.of(2021, 8, 5), "secas");

        assertThat(old.stage()).isEqualTo(Stage.SUPERSEDED);
        assertThat(old.supersededBy()).contains("DP002");
        assertThatThrownBy(() -> f.interruptions.supersede(ref, "DP002", null, LocalDate.of(2021, 8, 6), "secas"))
                .isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> f.interruptions.withdraw(ref, "x", LocalDate.of(2021, 8, 6), "secas"))
                .isInstanceOf(StepRefused.class);
    }

    @Test
    void anApprovedCaseIsScheduledIntoTheFirstReleaseOnOrAfterItsEarliestDateAndNeverBefore() {
        String ref = atAuthority(ModificationPath.PATH_1);
        Modification mp = f.decisions.authorityDecision(ref, AuthorityDecision.APPROVE, null, LocalDate.of(2020, 6, 25),
                "authority");
        assertThat(mp.earliestImplementation()).contains(LocalDate.of(2020, 6, 26));

        assertThatThrownBy(() -> f.implementation.chooseRelease(ref, 3, "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("before the earliest");
        assertThat(f.implementation.scheduleNext(mp.id())).isTrue();

        assertThat(mp.stage()).isEqualTo(Stage.SCHEDULED);
        assertThat(mp.targetRelease()).map(TargetRelease::name).contains("November 2020 SEC Release");
        assertThat(mp.current(KeyDateKind.IMPLEMENTATION).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2020, 11, 5));
    }

    @Test
    void secasSetsTheTargetReleaseOfAnOpenCaseButNotAPastOneNorTheSameTwice() {
        long november = f.releases.confirmed("November 2024 SEC Release", LocalDate.of(2024, 11, 7)).id();
        String ref = f.draft("Aim me", LocalDate.of(2024, 5, 1)).reference().toString();

        assertThatThrownBy(() -> f.implementation.chooseTarget(ref, 1, null, "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("is in the past");
        Modification dp = f.implementation.chooseTarget(ref, november, "Agreed at the CSC", "secas");

        assertThat(dp.targetRelease()).map(TargetRelease::name).contains("November 2024 SEC Release");
        assertThat(dp.timeline().get(dp.timeline().size() - 1).summary())
                .isEqualTo("Target: the November 2024 SEC Release on 7 November 2024. Agreed at the CSC");
        assertThatThrownBy(() -> f.implementation.chooseTarget(ref, november, null, "secas"))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("already");
        assertThat(f.deadlineMoved.fired).isEmpty();
    }

    @Test
    void aScheduledCaseMovedToAnotherReleaseTakesItsImplementationDateAlong() {
        String ref = atAuthority(ModificationPath.PATH_1);
        Modification mp = f.decisions.authorityDecision(ref, AuthorityDecision.APPROVE, null, LocalDate.of(2020, 6, 25),
                "authority");
        f.implementation.scheduleNext(mp.id());
        long november = f.releases.confirmed("November 2024 SEC Release", LocalDate.of(2024, 11, 7)).id();

        f.implementation.chooseTarget(ref, november, "DCC not ready", "secas");

        assertThat(mp.stage()).isEqualTo(Stage.SCHEDULED);
        assertThat(mp.current(KeyDateKind.IMPLEMENTATION).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2024, 11, 7));
        assertThat(mp.timeline().get(mp.timeline().size() - 1).summary()).contains("Now scheduled for the November 2024"
                + " SEC Release", "(was the November 2020 SEC Release)");
        assertThat(f.deadlineMoved.fired).containsExactly(new DeadlineMoved(mp.id(), KeyDateKind.IMPLEMENTATION,
                LocalDate.of(2024, 11, 7).atStartOfDay(WorkingDayCalendar.UK).toInstant()));
    }

    @Test
    void aMovedReleaseIsRecordedOnTheCasesScheduledIntoIt() {
        String ref = atAuthority(ModificationPath.PATH_1);
        Modification mp = f.decisions.authorityDecision(ref, AuthorityDecision.APPROVE, null, LocalDate.of(2020, 6, 25),
                "authority");
        f.implementation.scheduleNext(mp.id());

        f.releases.calendar().move(4, LocalDate.of(2020, 11, 26), "Authority consent", "secas");

        assertThat(mp.targetRelease()).map(TargetRelease::date).contains(LocalDate.of(2020, 11, 26));
        assertThat(mp.current(KeyDateKind.IMPLEMENTATION).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2020, 11, 26));
        assertThat(mp.timeline().get(mp.timeline().size() - 1).summary())
                .contains("moved from 5 November 2020 to 26 November 2020 (Authority consent)");
        assertThat(f.deadlineMoved.fired).containsExactly(new DeadlineMoved(mp.id(), KeyDateKind.IMPLEMENTATION,
                LocalDate.of(2020, 11, 26).atStartOfDay(WorkingDayCalendar.UK).toInstant()));
        assertThat(mp.keyDateHistory()).filteredOn(k -> k.kind() == KeyDateKind.IMPLEMENTATION).hasSize(2);
    }

    @Test
    void theTimelineOnlyGrowsAndEachEntryIsAttributedAndDated() {
        Modification mp = f.readyToConvert("History", LocalDate.of(2021, 6, 11));
        List<TimelineEvent> before = List.copyOf(mp.timeline());
        String summary = before.get(0).summary();

        f.interruptions.recordUpdate(mp.reference().toString(), "Presented to TABASC", LocalDate.of(2021, 7, 20), "secas");

        assertThat(mp.timeline()).startsWith(before.toArray(TimelineEvent[]::new)).hasSize(before.size() + 1);
        assertThat(before.get(0).summary()).isEqualTo(summary);
        assertThat(mp.timeline()).allSatisfy(e -> {
            assertThat(e.recordedBy()).isEqualTo("secas");
            assertThat(e.occurredOn()).isNotNull();
        });
        assertThat(mp.latestUpdate()).isEqualTo("Presented to TABASC");
        assertThatThrownBy(() -> mp.timeline().add(before.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    /** A case converted on {@code path}, refined, reported and voted on by the Change Board (approve). */
    private String atAuthority(ModificationPath path) {
        String ref = f.readyToConvert("Decide me", LocalDate.of(2020, 1, 6)).reference().toString();
        f.decisions.convert(ref, path, Route.REFINEMENT, false, LocalDate.of(2020, 2, 14), "panel");
        f.refinement.recordEvent(ref, "Working Group meeting", "Bright Energy, Smart DCC attended", LocalDate.of(2020, 3, 2), "secas");
        f.refinement.complete(ref, LocalDate.of(2020, 4, 1), "secas");
        f.decisions.approveReport(ref, LocalDate.of(2020, 4, 17), "panel");
        f.windows.closeConsultation(f.register.one(Viewer.PUBLIC, ref).id());
        f.decisions.changeBoardVote(ref, LocalDate.of(2020, 5, 27), changeBoard(Vote.APPROVE, Vote.APPROVE, Vote.REJECT),
                "secas");
        return ref;
    }
}
