package uk.secgov.web.forged;

import static uk.secgov.web.forged.Principal.ADMIN;
import static uk.secgov.web.forged.Principal.AUTHORITY;
import static uk.secgov.web.forged.Principal.CHANGEBOARD;
import static uk.secgov.web.forged.Principal.DCC;
import static uk.secgov.web.forged.Principal.PANEL;
import static uk.secgov.web.forged.Principal.SECAS;
import static uk.secgov.web.forged.Principal.SUPPLIER;
import static uk.secgov.web.forged.Principal.SUPPLIER2;
import static uk.secgov.web.forged.Principal.only;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import uk.secgov.web.forged.Recipe.Button;

/**
 * THE table of page commands: one row per JSF action method bound in the pages ({@code "bean.method"}), with who may
 * call it (the intended authority: web.xml's folders, the pages' {@code rendered} conditions, the user guides and
 * domain.md; not what the code happens to allow today) and how it is called. A command with several rows is tried
 * in several ways (the Change Board vote: a member's own vote, and a vote for invented members). Read-only rows
 * must change nothing for anyone. {@code PageCommandCatalogueTest} keeps the keys equal to the pages' bindings;
 * {@code PageForgeryIT} calls every row as everyone.
 */
public final class PageCommands {

    /** One way of calling a command, with who may. */
    public record Row(String key, String variant, Set<Principal> allowed, boolean readOnly, Recipe recipe,
            String notYet) {

        public String label() {
            return variant == null ? key : key + " (" + variant + ")";
        }

        /** Whoever the forger copies the form from when it is not on their own page. */
        public Principal seenBy() {
            if (recipe.seenBy != null) {
                return recipe.seenBy;
            }
            return allowed.isEmpty() ? SECAS : allowed.iterator().next();
        }
    }

    private static final String CASE = "modifications/case.xhtml?ref=";
    private static final String STEPS = "stepsForm";
    private static final Set<Principal> NOBODY = Collections.unmodifiableSet(EnumSet.noneOf(Principal.class));

    private static final List<Row> ROWS = new ArrayList<>();

    static {
        publicPages();
        administration();
        tasks();
        releases();
        modifications();
        cpl();
        meetings();
    }

    private PageCommands() {
    }

    public static List<Row> rows() {
        return Collections.unmodifiableList(ROWS);
    }

    /** Every {@code bean.method} the table has a row for. */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        ROWS.forEach(r -> keys.add(r.key()));
        return keys;
    }

    private static void publicPages() {
        readOnly("publicCplView.search", Recipe.on("cpl-register.xhtml").form("cplForm", "search")
                .field("q", "1063").get());
        readOnly("publicCplEntryView.load", Recipe.on("cpl-entry.xhtml?id=1001").get());
        allowed("publicCplEntryView.renew", only(SECAS), Recipe.on(t -> "cpl-entry.xhtml?id=" + t.get("entry"))
                .target(Fixtures::renewableEntry).form("renewalForm", "renew")
                .field("cpaCertificate", t -> "CPA-FORGED-" + Fixtures.unique())
                .field("cpaExpiry", t -> Fixtures.futureIsoDate()).field("renewalNote", "Renewed (forged-request test)")
                .get());
        // Panel removes by its decision; SECAS records the Panel's decision (docs/user-guide/panel.md).
        allowed("publicCplEntryView.remove", only(PANEL, SECAS), Recipe.on(t -> "cpl-entry.xhtml?id=" + t.get("entry"))
                .target(Fixtures::removableEntry).form("removalForm", "remove")
                .field("meetingDate", t -> Fixtures.todayIso()).field("removalReason", "Removed (forged-request test)")
                .consumes().get());
        // A username no one has, so the failures sign-in throttling counts lock nobody the suite needs.
        readOnly("loginView.login", Recipe.on("login.xhtml").form("loginForm", "signInButton")
                .field("username", "forged-nobody").field("password", "not-the-password").freshSession().get());
        readOnly("logoutView.logout", Recipe.on("index.xhtml").form("logoutForm", "logout").seenBy(SECAS).freshSession().get());
    }

    private static void administration() {
        readOnly("calendarView.showYear", Recipe.on("admin/calendar.xhtml").form("yearForm", "showYear")
                .field("year", "2031").seenBy(ADMIN).get());
        admin("calendarView.addHoliday", Recipe.on("admin/calendar.xhtml").form("addForm", "add")
                .field("date", t -> Fixtures.freshFutureWeekday()).field("name", "Forged holiday")
                .field("reason", "Proclamation (forged-request test)").get());
        admin("calendarView.removeHoliday", Recipe.on("admin/calendar.xhtml").form("removeForm", "remove")
                .field("date", t -> Fixtures.freshBankHoliday()).field("reason", "Moved (forged-request test)").get());
        admin("calendarView.cancel", Recipe.on("admin/calendar.xhtml").target(Fixtures::calendarOverride)
                .form("historyForm", Button.inRow(t -> t.get("name"), "Cancel"))
                .field("cancelReason", "Cancelled (forged-request test)").consumes().get());
        admin("partiesView.disable", Recipe.on("admin/parties.xhtml").target(Fixtures::party)
                .form("partiesForm", Button.inRow(t -> t.get("name"), "Disable")).consumes().get());
        admin("partiesView.register", Recipe.on("admin/parties.xhtml").form("registerForm", "register")
                .field("name", t -> "Forged Party " + Fixtures.unique()).field("category", "SMALL_SUPPLIER").get());
        admin("usersView.disable", Recipe.on("admin/users.xhtml").target(Fixtures::user)
                .form("usersForm", Button.inRow(t -> t.get("username"), "Disable")).consumes().get());
        admin("signInLocksView.lift", Recipe.on("admin/users.xhtml").target(Fixtures::lockedUsername)
                .form("locksForm", Button.inRow(t -> t.get("username"), "Lift lock")).consumes().get());
        admin("usersView.create", Recipe.on("admin/users.xhtml").target(Fixtures::voltSupply).form("createForm", "create")
                .field("username", t -> "forged-" + Fixtures.unique()).field("displayName", "Forged Person")
                .field("email", "forged@example.org").field("password", "forged-password-1234")
                .field("party", t -> t.get("partyId")).field("roles", "SUPPLIER").get());
        admin("trustAnchorsView.addAnchor", Recipe.on("admin/trust-anchors.xhtml").form("addAnchorForm", "addAnchor")
                .file("certificate", t -> Fixtures.freshAnchorPem()).get());
        admin("trustAnchorsView.retire", Recipe.on("admin/trust-anchors.xhtml").target(Fixtures::anchor)
                .form("anchorsForm", Button.inRow(t -> t.get("subject"), "Retire"))
                .field("retireReason", "Retired (forged-request test)").consumes().get());
        // A fetch is recorded even when the address does not answer (the anchor's fetch history).
        admin("trustAnchorsView.fetchCrl", Recipe.on("admin/trust-anchors.xhtml").target(Fixtures::anchorWithCrlAddress)
                .form("anchorsForm", Button.inRow(t -> t.get("subject"), "Fetch CRL")).get());
        admin("trustAnchorsView.addCrl", Recipe.on("admin/trust-anchors.xhtml").target(Fixtures::anchor)
                .form("addCrlForm", "addCrl").file("crl", Fixtures::freshCrl).get());
    }

    private static void tasks() {
        readOnly("taskView.load", Recipe.on(t -> "tasks/task.xhtml?id=" + t.get("task")).target(Fixtures::secasTask).get());
        // A task offered to a role is claimed by a member of that role; handed back and completed by whoever holds it.
        allowed("taskView.claim", only(SECAS), Recipe.on(t -> "tasks/task.xhtml?id=" + t.get("task"))
                .target(Fixtures::secasTask).form("taskForm", "claim").consumes().get());
        allowed("taskView.unclaim", only(SECAS), Recipe.on(t -> "tasks/task.xhtml?id=" + t.get("task"))
                .target(Fixtures::secasClaimedTask).form("taskForm", "unclaim").consumes().get());
        allowed("taskView.complete", only(SECAS), Recipe.on(t -> "tasks/task.xhtml?id=" + t.get("task"))
                .target(Fixtures::secasWelcomeTask).form("taskForm", "complete").consumes().get());
        allowed("inboxView.claim", only(SECAS), Recipe.on("secas/index.xhtml").target(Fixtures::secasTask)
                .form("inboxForm", Button.inRow(t -> t.get("businessKey"), "Claim")).consumes().get());
        allowed("inboxView.unclaim", only(SECAS), Recipe.on("secas/index.xhtml").target(Fixtures::secasClaimedTask)
                .form("inboxForm", Button.inRow(t -> t.get("businessKey"), "Unclaim")).consumes().get());
    }

    private static void releases() {
        String page = "secas/releases.xhtml";
        secas("releasesView.create", Recipe.on(page).form("createForm", "create")
                .field("name", t -> "Forged Release " + Fixtures.unique()).field("kind", "AD_HOC")
                .field("plannedDate", t -> Fixtures.freshFutureWeekday()).get());
        secas("releasesView.generate", Recipe.on(page).form("generateForm", "generate").field("years", "10").get());
        secas("releasesView.confirm", Recipe.on(page).target(Fixtures::proposedRelease)
                .form("releasesForm", Button.inRow(t -> t.get("name"), "Confirm")).consumes().get());
        secas("releasesView.move", Recipe.on(page).target(Fixtures::proposedRelease)
                .form("releasesForm", Button.inRow(t -> t.get("name"), "Move"))
                .field("date", t -> Fixtures.freshFutureWeekday()).field("reason", "Moved (forged-request test)")
                .consumes().get());
        secas("releasesView.implemented", Recipe.on(page).target(Fixtures::confirmedRelease)
                .form("releasesForm", Button.inRow(t -> t.get("name"), "Implemented"))
                .field("date", t -> Fixtures.today()).consumes().get());
        secas("releasesView.cancel", Recipe.on(page).target(Fixtures::proposedRelease)
                .form("releasesForm", Button.inRow(t -> t.get("name"), "Cancel"))
                .field("reason", "Cancelled (forged-request test)").consumes().get());
        String paper = "secas/sub-committee-paper.xhtml";
        readOnly("subCommitteePaperView.load", Recipe.on(paper).get());
        readOnly("subCommitteePaperView.show", Recipe.on(paper).form("paperForm", "show").field("month", "2021-07")
                .seenBy(SECAS).get());
        readOnly("subCommitteePaperView.downloadXlsx", Recipe.on(paper).form("paperForm", "xlsx")
                .field("month", "2021-07").seenBy(SECAS).get());
        readOnly("subCommitteePaperView.downloadCsv", Recipe.on(paper).form("paperForm", "csv")
                .field("month", "2021-07").seenBy(SECAS).get());
    }

    private static void modifications() {
        // SECAS raises for any Party; a Supplier's or the DCC's user for their own Party (README, proposer guide).
        allowed("raiseProposalView.raise", only(SECAS, SUPPLIER, SUPPLIER2, DCC), Recipe.onFor((t, p) -> switch (p) {
            case SECAS -> "secas/modifications.xhtml";
            case DCC -> "dcc/modifications.xhtml";
            default -> "supplier/modifications.xhtml";
        }).form("raiseForm", "raise").field("title", t -> "Forged proposal " + Fixtures.unique())
                .field("issue", "An issue (forged-request test).").field("impacted", "LARGE_SUPPLIER").get());
        readOnly("caseView.load", Recipe.on(CASE + "MP087").get());
        readOnly("caseDocumentsView.download", Recipe.on(t -> CASE + t.get("ref")).target(Fixtures::caseWithDocument)
                .form("documentsForm", Button.link("download")).seenBy(SECAS).get());
        secas("caseDocumentsView.uploadDocument", Recipe.on(t -> CASE + t.get("ref")).target(Fixtures::caseInDevelopment)
                .form("uploadForm", "uploadDocument").field("documentTitle", "Forged paper")
                .field("documentClassification", "WHITE").file("documentFile", t -> Fixtures.documentBytes()).get());
        step("developmentStepForm.precheck", only(SECAS), Fixtures::draftProposal, "precheck", true,
                "leadAnalyst", "Sam Analyst", "precheckComments", "Comments (forged-request test).");
        step("developmentStepForm.cscComment", only(SECAS), Fixtures::caseInDevelopment, "cscComment", false,
                "developmentComments", "A CSC comment (forged-request test).");
        step("developmentStepForm.subCommitteeViews", only(SECAS), Fixtures::caseInDevelopment, "subCommitteeViews", false,
                "committee", "SSC", "developmentComments", "Views (forged-request test).");
        step("developmentStepForm.agreeProblemStatement", only(SECAS), Fixtures::caseInDevelopment, "agreeProblemStatement", true);
        step("meetingDecisionForm.convert", only(SECAS, PANEL), Fixtures::caseAwaitingConversion, "convert", true,
                "path", "PATH_3", "route", "REFINEMENT");
        step("meetingDecisionForm.decideUrgency", only(SECAS, AUTHORITY), Fixtures::caseAwaitingUrgency, "decideUrgency", true,
                "agreed", "on");
        step("meetingDecisionForm.fastTrackDecision", only(SECAS, PANEL), Fixtures::caseAwaitingFastTrack, "fastTrackDecision",
                true, "votes", "Pat Chair = APPROVE");
        step("challengeForm.objection", only(SECAS), Fixtures::caseInObjectionWindow, "objection", true,
                "party", "Volt Supply", "grounds", "An objection (forged-request test).");
        step("developmentStepForm.refinementEvent", only(SECAS), Fixtures::caseInRefinement, "refinementEvent", false,
                "what", "Working Group meeting", "refinementDetails", "Met (forged-request test).");
        step("developmentStepForm.completeRefinement", only(SECAS), Fixtures::caseInRefinement, "completeRefinement", true);
        step("meetingDecisionForm.approveReport", only(SECAS, PANEL), Fixtures::caseInReportPhase, "approveReport", true);
        // A vote is cast by the member (their own seat) or recorded by SECAS; never by one member for others (domain.md §6).
        step("meetingDecisionForm.changeBoardVote", only(SECAS, CHANGEBOARD), Fixtures::caseAtChangeBoard, "changeBoardVote", true,
                "votes", "Chris Board, LARGE_SUPPLIER, APPROVE");
        ROWS.add(new Row("meetingDecisionForm.changeBoardVote", "for invented members and other categories, dated in the past",
                NOBODY, false, Recipe.on(t -> CASE + t.get("ref")).target(Fixtures::caseAtChangeBoard)
                        .form(STEPS, "changeBoardVote").field("date", t -> Fixtures.daysAgo(30))
                        .field("votes", "Chris Board, LARGE_SUPPLIER, APPROVE\nInvented Member, SECAS, APPROVE\n"
                                + "Another Invention, AUTHORITY, APPROVE\nThird Invention, DCC, APPROVE")
                        .seenBy(CHANGEBOARD).consumes().get(), null));
        step("meetingDecisionForm.authorityDecision", only(SECAS, AUTHORITY), Fixtures::caseAwaitingDetermination,
                "authorityDecision", true, "decision", "APPROVE", "decisionReason", "Approved (forged-request test).");
        step("challengeForm.appeal", only(SECAS), Fixtures::caseInAppealWindow, "appeal", true,
                "party", "Volt Supply", "grounds", "An appeal (forged-request test).");
        step("meetingDecisionForm.appealDecision", only(SECAS, AUTHORITY), Fixtures::caseUnderAppeal, "appealDecision", true,
                "decision", "APPROVE", "decisionReason", "Decided (forged-request test).");
        step("releaseChoiceForm.chooseRelease", only(SECAS), Fixtures::caseInDevelopmentWithRelease, "chooseRelease", false,
                "release", targets("releaseId"), "note", "Aimed at it (forged-request test).");
        step("caseInterruptionForm.adopt", only(SECAS), Fixtures::caseWithdrawnBySupplier, "adopt", true,
                "adopter", targets("adopterPartyId"), "adopterPerson", "Vic Volt");
        step("caseInterruptionForm.update", only(SECAS), Fixtures::caseInDevelopment, "update", false,
                "note", "An update (forged-request test).");
        step("caseInterruptionForm.putOnHold", only(SECAS), Fixtures::caseInDevelopment, "hold", true,
                "note", "On hold (forged-request test).");
        step("caseInterruptionForm.resume", only(SECAS), Fixtures::caseOnHold, "resume", true);
        step("caseInterruptionForm.withdraw", only(SECAS), Fixtures::caseInDevelopment, "withdraw", true,
                "note", "Withdrawn (forged-request test).");
        step("caseInterruptionForm.supersede", only(SECAS), Fixtures::caseInDevelopment, "supersede", true,
                "successor", "MP087", "note", "Superseded (forged-request test).");
        // The Proposer Party's own Supplier or DCC user (caseView.proposerUser); changeboard is of the same Party but
        // takes no Party decisions here.
        allowed("ownProposalForm.withdrawOwn", only(SUPPLIER), Recipe.on(t -> CASE + t.get("ref"))
                .target(Fixtures::caseOfBrightEnergy).form("proposerForm", "withdrawOwn")
                .field("withdrawReason", "We withdraw it (forged-request test).").consumes().get());
        allowed("ownProposalForm.adoptForOwnParty", only(SUPPLIER2, DCC), Recipe.on(t -> CASE + t.get("ref"))
                .target(Fixtures::caseWithdrawnBySupplier).form("proposerForm", "adoptOwn").consumes().get());
    }

    private static void cpl() {
        // Everyone may check a signed form: nothing is stored (verifyView is read-only by design).
        readOnly("verifyView.verify", Recipe.onFor((t, p) -> switch (p) {
            case DCC -> "dcc/verify.xhtml";
            case MANUFACTURER -> "manufacturer/verify.xhtml";
            default -> "supplier/verify.xhtml";
        }).form("verifyForm", "verify").file("form", t -> Fixtures.example("form.csv"))
                .file("signature", t -> Fixtures.example("form.csv.p7s")).seenBy(SUPPLIER).get());
        // A Supplier or the DCC submits for its own organisation (design.md §6: POST /cpl/submissions).
        allowed("submissionsView.submit", only(SUPPLIER, SUPPLIER2, DCC), Recipe.on("cpl/submissions.xhtml")
                .form("submitForm", "submit").file("form", t -> Fixtures.example("form.csv"))
                .file("signature", t -> Fixtures.example("form.csv.p7s")).get());
        readOnly("submissionView.load", Recipe.on(t -> "cpl/submission.xhtml?reference=" + t.get("reference"))
                .target(Fixtures::submissionAwaitingReview).get());
        readOnly("cplTaskView.load", Recipe.on(t -> t.get("page"))
                .target(Fixtures::submissionAwaitingReview).get());
        allowed("cplTaskView.complete", only(SECAS), Recipe.on(t -> t.get("page"))
                .target(Fixtures::submissionAwaitingReview).form("taskForm", "complete")
                .field("*:choice", "associate").field("*:reason", "Recommended (forged-request test).")
                .consumes().get());
        readOnly("cpaWarningView.load", Recipe.on(t -> t.get("page"))
                .target(Fixtures::cpaWarningTask).get());
        allowed("cpaWarningView.renew", only(SECAS), Recipe.on(t -> t.get("page"))
                .target(Fixtures::cpaWarningTask).form("renewalForm", "renew")
                .field("cpaCertificate", t -> "CPA-FORGED-" + Fixtures.unique())
                .field("cpaExpiry", t -> Fixtures.futureIsoDate()).consumes().get());
        allowed("cpaWarningView.complete", only(SECAS), Recipe.on(t -> t.get("page"))
                .target(Fixtures::anotherCpaWarningTask).form("taskForm", "complete")
                .field("action", "Contacted the manufacturer (forged-request test).").consumes().get());
        String page = "cpl/investigation.xhtml?reference=";
        readOnly("investigationPage.load", Recipe.on(t -> page + t.get("reference")).target(Fixtures::investigation)
                .get());
        readOnly("investigationPage.download", Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::investigationAnswered).form("evidenceForm", Button.link("download")).seenBy(SECAS)
                .get());
        allowed("openInvestigationForm.open", only(SECAS), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::investigation).form("openForm", "open").field("note", "Opened (forged-request test).")
                .consumes().get());
        allowed("investigationPartyForm.addParty", only(SECAS), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::openedInvestigation).form("partiesForm", "add")
                .field("addParty", Forger.FIRST_OPTION).consumes().get());
        allowed("investigationPartyForm.removeParty", only(SECAS), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::openedInvestigation).form("partiesForm", Button.inRow(t -> "Volt Supply", "Remove"))
                .consumes().get());
        allowed("questionForm.ask", only(SECAS), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::openedInvestigation).form("askForm", "ask").field("party", Forger.FIRST_OPTION)
                .field("question", "Which image did you build? (forged-request test)").field("workingDays", "5").get());
        allowed("chaseForm.chase", only(SECAS), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::investigationOverdue).form("chaseForm", "chase")
                .field("chaseNote", "Telephoned them (forged-request test).").consumes().get());
        // Only a user of the Party the question was put to answers it (here Volt Supply's: supplier2).
        allowed("requestAnswerForm.answer", only(SUPPLIER2), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::investigationAskingVoltSupply).form("answerForm", "send")
                .field("answer", "Our answer (forged-request test).").file("evidence", t -> Fixtures.documentBytes())
                .seenBy(SUPPLIER2).consumes().get());
        allowed("outcomeForm.recommend", only(SECAS), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::openedInvestigation).form("outcomeForm", "recommend").field("outcome", "replace")
                .field("reasons", "Recommended (forged-request test).").consumes().get());
        // Only the Panel decides replace or retain (docs/user-guide/panel.md).
        allowed("outcomeForm.decide", only(PANEL), Recipe.on(t -> page + t.get("reference"))
                .target(Fixtures::recommendedInvestigation).form("outcomeForm", "decide").field("outcome", "replace")
                .field("reasons", "Decided (forged-request test).").consumes().get());
    }

    private static void meetings() {
        String meeting = "meetings/meeting.xhtml?id=";
        // SECAS keeps the meetings' record and runs their vote rounds (docs/meetings-and-votes.md, "Who may do what").
        secas("meetingsView.schedule", Recipe.on("meetings/index.xhtml?body=CHANGE_BOARD").form("scheduleForm", "schedule")
                .field("title", t -> "Forged meeting " + Fixtures.unique()).field("date", t -> Fixtures.today())
                .field("startsAt", "14:30").get());
        readOnly("meetingPage.load", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::boardMeeting).get());
        secas("meetingRecordForm.attend", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::boardMeeting)
                .form("attendanceForm", Button.inRow(t -> t.get("member"), "Present")).get());
        secas("meetingRecordForm.observe", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::boardMeeting)
                .form("observerForm", "observe").field("observerName", "Olive Observer")
                .field("organisation", "Ofgem (forged-request test)").get());
        secas("meetingRecordForm.addAgendaItem", Recipe.on(t -> meeting + t.get("meeting"))
                .target(Fixtures::boardMeeting).form("agendaForm", "addAgendaItem")
                .field("agendaTitle", "A forged agenda item").field("subject", "MP168").get());
        secas("meetingRecordForm.addMinute", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::boardMeeting)
                .form("minuteForm", "addMinute").field("minuteText", "A forged minute.").get());
        secas("meetingRecordForm.cancel", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::boardMeeting)
                .form("cancelForm", "cancel").field("cancelReason", "Cancelled (forged-request test)").consumes().get());
        secas("voteRoundForm.open", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::boardMeeting)
                .form("roundForm", "openRound").field("question", t -> "Approve forged " + Fixtures.unique() + "?")
                .field("subjectReference", "MP168").get());
        secas("voteRoundForm.recordVotes", Recipe.on(t -> meeting + t.get("meeting"))
                .target(Fixtures::roundAtBoardMeeting).form("votesForm", "recordVotes").field("*:choice", "APPROVE")
                .consumes().get());
        secas("voteRoundForm.close", Recipe.on(t -> meeting + t.get("meeting")).target(Fixtures::roundAtBoardMeeting)
                .form("votesForm", "closeRound").consumes().get());
        // A member casts only their own vote: here the demo user changeboard's, from their home page (the first row's
        // Vote: every open round listed is one where changeboard's seat votes, the target's among them).
        allowed("myVotesForm.cast", only(CHANGEBOARD), Recipe.on("changeboard/index.xhtml")
                .target(Fixtures::roundAtBoardMeeting).form("myVotesForm", "vote").field("*:choice", "REJECT").get());
        // Seats and appointments: SECAS or an administrator.
        String members = "meetings/members.xhtml?body=CHANGE_BOARD";
        allowed("bodyMembersView.addSeat", only(SECAS, ADMIN), Recipe.on("meetings/members.xhtml?body=SSC")
                .form("seatForm", "addSeat").field("seatName", t -> "Forged seat " + Fixtures.unique()).get());
        allowed("bodyMembersView.appoint", only(SECAS, ADMIN), Recipe.on(members).form("appointForm", "appoint")
                .field("seat", Forger.FIRST_OPTION).field("personName", t -> "Forged Appointee " + Fixtures.unique())
                .field("termFrom", t -> Fixtures.today()).get());
        allowed("bodyMembersView.amend", only(SECAS, ADMIN), Recipe.on(members).target(Fixtures::appointment)
                .form("amendForm", "amend").field("appointment", t -> t.get("appointment"))
                .field("amendTermTo", "31/12/2099").get());
        allowed("bodyMembersView.strike", only(SECAS, ADMIN), Recipe.on(members).target(Fixtures::appointment)
                .form("amendForm", "strike").field("appointment", t -> t.get("appointment")).consumes().get());
    }

    /** A step on the case page's steps form, dated today unless the fields say otherwise. */
    private static void step(String key, Set<Principal> allowed, Recipe.Preparation target, String button,
            boolean consumes, Object... fields) {
        Recipe.Builder recipe = Recipe.on(t -> CASE + t.get("ref")).target(target).form(STEPS, button)
                .field("date", t -> Fixtures.today());
        for (int i = 0; i < fields.length; i += 2) {
            Object value = fields[i + 1];
            if (value instanceof Function<?, ?> f) {
                @SuppressWarnings("unchecked")
                Function<Target, String> fn = (Function<Target, String>) f;
                recipe.field((String) fields[i], fn);
            } else {
                recipe.field((String) fields[i], (String) value);
            }
        }
        if (consumes) {
            recipe.consumes();
        }
        allowed(key, allowed, recipe.get());
    }

    /** A field value read from the target. */
    private static Function<Target, String> targets(String name) {
        return t -> t.get(name);
    }

    private static void readOnly(String key, Recipe recipe) {
        ROWS.add(new Row(key, null, Principal.all(), true, recipe, null));
    }

    private static void allowed(String key, Set<Principal> allowed, Recipe recipe) {
        ROWS.add(new Row(key, null, allowed, false, recipe, null));
    }

    private static void admin(String key, Recipe recipe) {
        allowed(key, only(ADMIN), recipe);
    }

    private static void secas(String key, Recipe recipe) {
        allowed(key, only(SECAS), recipe);
    }

    /** A command whose target this test cannot make yet: listed, reported as not exercised. */
    @SuppressWarnings("unused")
    private static void notYet(String key, Set<Principal> allowed, boolean readOnly, String why) {
        ROWS.add(new Row(key, null, readOnly ? Principal.all() : allowed, readOnly, null, why));
    }
}
