package uk.secgov.web.forged;

import static uk.secgov.web.forged.Principal.ADMIN;
import static uk.secgov.web.forged.Principal.AUTHORITY;
import static uk.secgov.web.forged.Principal.CHANGEBOARD;
import static uk.secgov.web.forged.Principal.DCC;
import static uk.secgov.web.forged.Principal.MANUFACTURER;
import static uk.secgov.web.forged.Principal.PANEL;
import static uk.secgov.web.forged.Principal.SECAS;
import static uk.secgov.web.forged.Principal.SUPPLIER;
import static uk.secgov.web.forged.Principal.SUPPLIER2;
import static uk.secgov.web.forged.Principal.only;
import static uk.secgov.web.forged.RestCall.empty;
import static uk.secgov.web.forged.RestCall.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * THE table of issue 11 for the REST API: every command (POST, PUT, DELETE, PATCH under {@code /api/v1}), who may
 * use it, and how to call it. The key is {@code "<METHOD> /api/v1/<path as declared>"};
 * {@code RestCommandCatalogueTest} fails the build when a command of the code is missing here (or a row names one
 * that no longer exists), so a new command cannot be added without deciding who may use it.
 *
 * <p>{@code allowed} is the intended authority (docs/api.md, the user guides, domain.md), not a copy of the
 * {@code @RolesAllowed} of today; where they disagree the docs win and the row says so. Everyone else (and the
 * anonymous caller) must be refused and change nothing. A recipe prepares a target on which an allowed call would
 * succeed (through the API, as a user who may), and makes the call for a given principal.
 */
final class RestCommands {

    private RestCommands() {
    }

    /** What an allowed call must do. */
    enum Effect {
        /** It records something: the database changes. */
        CHANGES,
        /** It stores nothing by design: 2xx and nothing changes. */
        READ_ONLY,
        /**
         * The demo data makes every allowed call meet a refusal of the case's state (the row says which status):
         * the authority check was passed, nothing changes. Proves less than {@link #CHANGES}: see the row's note.
         */
        REFUSED_BY_STATE
    }

    /** A prepared target: the request for one principal. */
    @FunctionalInterface
    interface Target {
        RestCall call(Principal caller) throws Exception;
    }

    /** Prepares a fresh target (through the API, as a user who may). */
    @FunctionalInterface
    interface Recipe {
        Target prepare(RestTargets targets) throws Exception;
    }

    /**
     * One row. {@code consumed}: an allowed call uses its target up (a step taken, a record disabled), so every
     * allowed call gets a fresh one; refused calls share one.
     */
    record Command(String key, Set<Principal> allowed, Effect effect, int stateStatus, boolean consumed,
            Recipe recipe) {

        String method() {
            return key.substring(0, key.indexOf(' '));
        }
    }

    static final Map<String, Command> TABLE;

    private static final Map<String, Command> rows = new LinkedHashMap<>();

    private static void row(String key, Set<Principal> allowed, Recipe recipe) {
        add(new Command(key, allowed, Effect.CHANGES, 0, true, recipe));
    }

    /** An allowed call may be repeated on the same target (it appends another record each time). */
    private static void repeatable(String key, Set<Principal> allowed, Recipe recipe) {
        add(new Command(key, allowed, Effect.CHANGES, 0, false, recipe));
    }

    private static void add(Command command) {
        if (rows.putIfAbsent(command.key(), command) != null) {
            throw new IllegalStateException("Two rows for " + command.key());
        }
    }

    private static final String API = "api/v1/";

    /** A modification step on a case prepared by {@code stage}, with this body. */
    private static Recipe step(String step, Function<RestTargets, String> stage, String body) {
        return t -> {
            String reference = stage.apply(t);
            return p -> json(API + "modifications/" + reference + "/" + step, body.replace("$TODAY", t.today.toString()));
        };
    }

    private static void step(String step, Set<Principal> allowed, Function<RestTargets, String> stage,
            String body) {
        row("POST /api/v1/modifications/{reference}/" + step, allowed, step(step, stage, body));
    }

    static {
        // ---- Parties and users (administrators; docs/api.md, user-guide/admin.md) ----
        row("POST /api/v1/parties", only(ADMIN), t -> p -> json(API + "parties", "{\"name\":\""
                + RestTargets.unique("Forged party ") + "\",\"category\":\"OTHER_SEC_PARTY\"}"));
        row("POST /api/v1/parties/{id}/disable", only(ADMIN), t -> {
            long party = t.freshParty();
            return p -> empty(API + "parties/" + party + "/disable");
        });
        row("POST /api/v1/users", only(ADMIN), t -> {
            String user = t.newUserJson();
            return p -> json(API + "users", user);
        });
        row("POST /api/v1/users/{id}/disable", only(ADMIN), t -> {
            long user = t.freshUser();
            return p -> empty(API + "users/" + user + "/disable");
        });

        // ---- Sign-in locks (administrators; ADR 0009) ----
        row("DELETE /api/v1/sign-in-locks/usernames/{username}", only(ADMIN), t -> {
            String locked = t.lockedUsername();
            return p -> empty(API + "sign-in-locks/usernames/" + locked);
        });
        // Locking an address would lock this test's own (127.0.0.1) out: the administrator's lift of an address that
        // is not locked meets its 404, past the authority check; lifting a real address lock is in SignInThrottlingIT.
        add(new Command("DELETE /api/v1/sign-in-locks/addresses/{address}", only(ADMIN), Effect.REFUSED_BY_STATE, 404,
                false, t -> p -> empty(API + "sign-in-locks/addresses/192.0.2.77")));

        // ---- Trust anchors, CRLs (administrators) ----
        row("POST /api/v1/trust-anchors", only(ADMIN), t -> {
            byte[] pem = RestTargets.pem(RestTargets.newRoot());
            return p -> RestCall.bytes(API + "trust-anchors", "application/x-pem-file", pem);
        });
        // Fetching from an address that refuses the connection: the attempt is logged (FAILED), which is the change.
        repeatable("POST /api/v1/trust-anchors/{id}/fetch-crl", only(ADMIN), t -> {
            long anchor = t.freshAnchor(RestTargets.newRoot(), "http://127.0.0.1:9/forged.crl");
            return p -> empty(API + "trust-anchors/" + anchor + "/fetch-crl");
        });
        row("POST /api/v1/trust-anchors/{id}/retire", only(ADMIN), t -> {
            long anchor = t.freshAnchor(RestTargets.newRoot(), null);
            return p -> json(API + "trust-anchors/" + anchor + "/retire", "{\"reason\":\"Forged request test\"}");
        });
        row("POST /api/v1/crls", only(ADMIN), t -> {
            byte[] crl = t.freshCrl();
            return p -> RestCall.bytes(API + "crls", "application/pkix-crl", crl);
        });

        // ---- Working Day calendar (administrators) ----
        // A Wednesday in March far ahead: never a bank holiday, moves no open deadline (a day is overridden once).
        row("POST /api/v1/calendar/overrides", only(ADMIN), t -> {
            LocalDate day = t.dayToAddAsHoliday();
            return p -> json(API + "calendar/overrides", "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"" + day
                    + "\",\"name\":\"Forged holiday\",\"reason\":\"Forged request test\"}");
        });

        // ---- SEC Releases (SECAS) ----
        row("POST /api/v1/releases", only(SECAS), t -> p -> json(API + "releases", "{\"name\":\""
                + RestTargets.unique("Forged release ") + "\",\"kind\":\"AD_HOC\",\"plannedDate\":\"" + t.today.plusDays(300)
                + "\"}"));
        row("POST /api/v1/releases/{id}/confirm", only(SECAS), t -> {
            long release = t.freshRelease();
            return p -> empty(API + "releases/" + release + "/confirm");
        });
        repeatable("POST /api/v1/releases/{id}/move", only(SECAS), t -> {
            long release = t.freshRelease();
            return p -> json(API + "releases/" + release + "/move", "{\"date\":\"" + t.today.plusDays(500)
                    + "\",\"reason\":\"Forged request test\"}");
        });
        row("POST /api/v1/releases/{id}/implemented", only(SECAS), t -> {
            long release = t.confirmedRelease();
            return p -> json(API + "releases/" + release + "/implemented", "{\"date\":\"" + t.today + "\"}");
        });
        row("POST /api/v1/releases/{id}/cancel", only(SECAS), t -> {
            long release = t.freshRelease();
            return p -> json(API + "releases/" + release + "/cancel", "{\"reason\":\"Forged request test\"}");
        });
        // Enough years ahead to add at least one scheduled release (the demo proposes two years ahead); once the IT
        // server's database has ten years proposed (after some runs; mvn clean starts again) the call adds nothing.
        row("POST /api/v1/releases/proposals", only(SECAS), t -> {
            java.util.Optional<Integer> years = t.yearsToProposeANewRelease();
            RestCall call = json(API + "releases/proposals", "{\"years\":" + years.orElse(10) + "}");
            return p -> years.isPresent() ? call : call.changingNothingBecause("releases are already proposed ten"
                    + " years ahead (mvn clean gives the IT server a new database)");
        });

        // ---- Signed forms and CPL submissions ----
        // Checking a form stores nothing (docs/api.md): suppliers, the DCC and manufacturers.
        add(new Command("POST /api/v1/signature/verify", only(SUPPLIER, SUPPLIER2, DCC, MANUFACTURER), Effect.READ_ONLY,
                0, false, t -> {
                    Map<String, Object> form = t.signedForm(SUPPLIER);
                    return p -> RestCall.multipart(API + "signature/verify", form);
                }));
        // Any Supplier Party or the DCC submits (each signs with its own endorsement; refused callers send Bright's).
        repeatable("POST /api/v1/cpl/submissions", only(SUPPLIER, SUPPLIER2, DCC), t -> p -> RestCall.multipart(
                API + "cpl/submissions", t.signedForm(p)));
        // Only the submitting Party's supplier or DCC users (docs/api.md): Bright Energy's supplier. Doubtful:
        // changeboard is a Bright Energy person too, but not a submitter; SECAS has no withdrawal in the docs.
        row("POST /api/v1/cpl/submissions/{reference}/withdraw", only(SUPPLIER), t -> {
            String submission = t.submissionAwaitingReview();
            return p -> json(API + "cpl/submissions/" + submission + "/withdraw", "{\"reason\":\"Forged request test\"}");
        });
        // The Panel decides whether SECAS decides on its behalf (docs/api.md: POST panel only).
        repeatable("POST /api/v1/cpl/panel-delegation", only(PANEL), t -> p -> json(API + "cpl/panel-delegation",
                "{\"delegated\":false,\"rationale\":\"Forged request test\"}"));

        // ---- The task inbox: a task is for its candidates only (here the secas group's "SECAS review") ----
        row("POST /api/v1/tasks/{id}/claim", only(SECAS), t -> {
            String task = t.reviewTask();
            return p -> empty(API + "tasks/" + task + "/claim");
        });
        row("POST /api/v1/tasks/{id}/unclaim", only(SECAS), t -> {
            String task = t.reviewTaskClaimedBySecas();
            return p -> empty(API + "tasks/" + task + "/unclaim");
        });
        row("POST /api/v1/tasks/{id}/complete", only(SECAS), t -> {
            String task = t.reviewTask();
            return p -> json(API + "tasks/" + task + "/complete",
                    "{\"row2\":\"associate\",\"reason2\":\"Forged request test\"}");
        });

        // ---- Hash conflict investigations ----
        repeatable("POST /api/v1/cpl/investigations/{reference}/requests", only(SECAS), t -> {
            String investigation = t.investigation();
            long party = t.partyId("Bright Energy");
            return p -> json(API + "cpl/investigations/" + investigation + "/requests", "{\"partyId\":" + party
                    + ",\"question\":\"" + RestTargets.unique("Forged question ") + "\"}");
        });
        // Only the asked Party's users (Bright Energy's supplier). Doubtful: changeboard is a Bright Energy person,
        // but answering is for the submitting roles (supplier, dcc, manufacturer) in docs/api.md.
        row("POST /api/v1/cpl/investigations/{reference}/requests/{requestId}/answer", only(SUPPLIER), t -> {
            String investigation = t.investigation();
            long request = t.questionToBrightEnergy();
            return p -> RestCall.multipart(API + "cpl/investigations/" + investigation + "/requests/" + request
                    + "/answer", Map.of("answer", "Forged request test"));
        });
        row("POST /api/v1/cpl/investigations/{reference}/parties", only(SECAS), t -> {
            String investigation = t.investigation();
            long party = t.freshParty();
            return p -> json(API + "cpl/investigations/" + investigation + "/parties", "{\"partyId\":" + party + "}");
        });
        row("POST /api/v1/cpl/investigations/{reference}/parties/{partyId}/remove", only(SECAS), t -> {
            String investigation = t.investigation();
            long party = t.partyAddedToInvestigation();
            return p -> empty(API + "cpl/investigations/" + investigation + "/parties/" + party + "/remove");
        });

        // ---- CPL maintenance ----
        row("POST /api/v1/cpl/entries/{entryId}/removal", only(PANEL, SECAS), t -> {
            long entry = t.unusedEntry();
            return p -> json(API + "cpl/entries/" + entry + "/removal", "{\"reason\":\"Forged request test\","
                    + "\"meetingDate\":\"" + t.today + "\"}");
        });
        repeatable("POST /api/v1/cpl/entries/{entryId}/cpa-renewals", only(SECAS), t -> {
            long entry = t.unusedEntry();
            return p -> json(API + "cpl/entries/" + entry + "/cpa-renewals", "{\"cpaCertificate\":\""
                    + RestTargets.unique("CPA-FORGED-") + "\",\"cpaExpiry\":\"" + t.today.plusYears(2) + "\"}");
        });
        // The demo register is never empty (CplDemoData imports its entries), so SECAS's import meets its 409
        // ("an import only starts an empty register"): past the authority check, but no successful import is
        // tried here. A deployment without demo CPL (SECGOV_DEMO_CPL=false) would be needed for that.
        add(new Command("POST /api/v1/cpl/imports", only(SECAS), Effect.REFUSED_BY_STATE, 409, false, t -> {
            byte[] csv = ("CPL Entry ID\n").getBytes(StandardCharsets.UTF_8);
            return p -> RestCall.bytes(API + "cpl/imports?source=Forged+request+test", "text/csv", csv);
        }));

        // ---- Modifications (docs/api.md, the step table) ----
        // Any SEC Party's user raises for its own Party, as themself: both suppliers and the DCC; SECAS and the Panel
        // for any Party and person.
        repeatable("POST /api/v1/modifications", only(SECAS, PANEL, SUPPLIER, SUPPLIER2, DCC), t -> {
            Map<Principal, String> raisedBy = Map.of(SUPPLIER2, "\"proposerPartyId\":" + t.partyId("Volt Supply")
                    + ",\"proposerPerson\":\"Vic Volt\"", DCC, "\"proposerPartyId\":" + t.partyId("Smart DCC")
                    + ",\"proposerPerson\":\"Dee Comms\"");
            String bright = "\"proposerPartyId\":" + t.partyId("Bright Energy") + ",\"proposerPerson\":\"Sue Supplier\"";
            return p -> json(API + "modifications", "{\"title\":\"" + RestTargets.unique("Forged proposal ")
                    + "\",\"issue\":\"Tried by every role\"," + raisedBy.getOrDefault(p, bright) + "}");
        });
        repeatable("POST /api/v1/modifications/fast-track", only(SECAS, PANEL), t -> {
            long panelParty = t.partyId("SEC Panel");
            return p -> json(API + "modifications/fast-track", "{\"title\":\"" + RestTargets.unique("Forged Fast-Track ")
                    + "\",\"issue\":\"Typographical errors\",\"solution\":\"Correct them\",\"proposerPartyId\":"
                    + panelParty + ",\"proposerPerson\":\"Panel Chair\"}");
        });
        step("precheck", only(SECAS), RestTargets::draft,
                "{\"date\":\"2019-01-08\",\"leadAnalyst\":\"Sam Analyst\",\"comments\":\"Clear\"}");
        step("csc-comments", only(SECAS), RestTargets::development, "{\"date\":\"2019-01-09\",\"comments\":\"Noted\"}");
        step("sub-committee-views", only(SECAS), RestTargets::development,
                "{\"date\":\"2019-01-09\",\"committee\":\"TABASC\",\"comments\":\"No concerns\"}");
        step("problem-statement-agreed", only(SECAS), RestTargets::development, "{\"date\":\"2019-01-09\"}");
        step("conversion", only(SECAS, PANEL), RestTargets::awaitingConversion,
                "{\"date\":\"2019-01-10\",\"path\":\"PATH_3\",\"route\":\"REFINEMENT\",\"urgent\":false}");
        step("urgency-decision", only(SECAS, AUTHORITY), RestTargets::urgencyDecision,
                "{\"date\":\"2019-01-11\",\"agreed\":true,\"consultationWorkingDays\":5,\"reason\":\"Urgent\"}");
        step("fast-track-decision", only(SECAS, PANEL), RestTargets::fastTrack, "{\"date\":\"$TODAY\",\"votes\":["
                + "{\"member\":\"A\",\"vote\":\"APPROVE\"},{\"member\":\"B\",\"vote\":\"APPROVE\"},"
                + "{\"member\":\"C\",\"vote\":\"APPROVE\"}]}");
        step("objections", only(SECAS), RestTargets::objectionWindow,
                "{\"date\":\"$TODAY\",\"party\":\"Volt Supply\",\"reason\":\"Material\"}");
        step("refinement-events", only(SECAS), RestTargets::refinement,
                "{\"date\":\"2019-01-11\",\"what\":\"DCC PIA requested\",\"comments\":\"Forged\"}");
        step("refinement-completed", only(SECAS), RestTargets::refinement, "{\"date\":\"2019-01-11\"}");
        step("report-approval", only(SECAS, PANEL), t -> t.reportPhase("PATH_2"), "{\"date\":\"$TODAY\"}");
        // A vote is cast by the member or recorded by SECAS for the members at a meeting, never by one member for
        // others (domain.md §1.6): the Change Board member (Chris Board, demo) sends only their own vote.
        row("POST /api/v1/modifications/{reference}/change-board-vote", only(SECAS, CHANGEBOARD), t -> {
            String reference = t.changeBoard("PATH_2");
            return p -> json(API + "modifications/" + reference + "/change-board-vote", "{\"date\":\"2019-03-01\","
                    + "\"votes\":" + (p == SECAS ? RestTargets.VOTES : "[{\"member\":\"Chris Board\","
                    + "\"category\":\"LARGE_SUPPLIER\",\"vote\":\"APPROVE\"}]") + "}");
        });
        step("authority-decision", only(SECAS, AUTHORITY), RestTargets::authorityDecision,
                "{\"date\":\"2019-03-02\",\"decision\":\"APPROVE\",\"reason\":\"Forged\"}");
        step("appeals", only(SECAS), RestTargets::appealWindow,
                "{\"date\":\"$TODAY\",\"party\":\"Volt Supply\",\"reason\":\"Forged\"}");
        step("appeal-decision", only(SECAS, AUTHORITY), RestTargets::appeal,
                "{\"date\":\"$TODAY\",\"decision\":\"REJECT\",\"reason\":\"Forged\"}");
        // SECAS, or the proposing Party's Supplier or DCC users (docs/api.md): Bright Energy's supplier here. Doubtful:
        // the Panel raises proposals too but is not listed; changeboard is a Bright Energy person but not a Proposer role.
        step("withdrawal", only(SECAS, SUPPLIER), t -> t.draftOfBrightEnergy(),
                "{\"date\":\"$TODAY\",\"reason\":\"Forged request test\"}");
        // SECAS records that another Party adopted a withdrawn proposal, naming that Party (docs/api.md). Doubtful:
        // user-guide/proposer.md lets a Party's Supplier or DCC user adopt it for their own Party on the case page
        // (the same use case); this endpoint takes the adopting Party from the body, so it stays SECAS's here.
        row("POST /api/v1/modifications/{reference}/adoption", only(SECAS), t -> {
            String reference = t.withdrawnAwaitingAdoption();
            long volt = t.partyId("Volt Supply");
            return p -> json(API + "modifications/" + reference + "/adoption", "{\"date\":\"" + t.today
                    + "\",\"proposerPartyId\":" + volt + ",\"proposerPerson\":\"Vic Volt\"}");
        });
        step("hold", only(SECAS), RestTargets::development, "{\"date\":\"2019-02-01\",\"reason\":\"Forged\"}");
        step("resumption", only(SECAS), RestTargets::onHold, "{\"date\":\"2019-02-02\"}");
        step("supersession", only(SECAS), RestTargets::draft,
                "{\"date\":\"2019-02-01\",\"supersededBy\":\"MP168\",\"reason\":\"Forged\"}");
        repeatable("POST /api/v1/modifications/{reference}/updates", only(SECAS),
                step("updates", RestTargets::draft, "{\"date\":\"2019-02-01\",\"comments\":\"Forged update\"}"));
        row("POST /api/v1/modifications/{reference}/release", only(SECAS), t -> {
            String reference = t.development();
            long release = t.confirmedRelease();
            return p -> json(API + "modifications/" + reference + "/release", "{\"releaseId\":" + release
                    + ",\"reason\":\"Forged request test\"}");
        });

        // ---- Bodies, meetings and vote rounds (docs/api.md, docs/meetings-and-votes.md) ----
        // Seats, appointments and rule versions are SECAS's or an administrator's; tried on the Operations Group,
        // which the demo leaves empty (a rule version far ahead, so that no round meets it).
        repeatable("POST /api/v1/bodies/{key}/seats", only(SECAS, ADMIN), t -> p -> json(API + "bodies/OPSG/seats",
                "{\"name\":\"" + RestTargets.unique("Forged seat ") + "\",\"category\":\"OTHER_SEC_PARTY\"}"));
        repeatable("POST /api/v1/bodies/{key}/appointments", only(SECAS, ADMIN), t -> {
            long seat = t.freshSeat("OPSG");
            return p -> json(API + "bodies/OPSG/appointments", "{\"seatId\":" + seat + ",\"personName\":\""
                    + RestTargets.unique("Forged member ") + "\",\"termFrom\":\"" + t.today + "\"}");
        });
        repeatable("POST /api/v1/bodies/{key}/appointments/{appointment}/revisions", only(SECAS, ADMIN), t -> {
            long appointment = t.freshAppointment("OPSG");
            return p -> json(API + "bodies/OPSG/appointments/" + appointment + "/revisions",
                    "{\"termFrom\":\"2020-01-01\",\"termTo\":\"" + t.today.plusYears(3) + "\"}");
        });
        repeatable("POST /api/v1/bodies/{key}/rule-versions", only(SECAS, ADMIN), t -> {
            long seat = t.freshSeat("OPSG");
            return p -> json(API + "bodies/OPSG/rule-versions", "{\"effectiveFrom\":\"2150-01-01\",\"groups\":"
                    + "[{\"name\":\"Forged group\",\"seatIds\":[" + seat + "]}],\"quorum\":\"MAJORITY_OF_MEMBERS\","
                    + "\"aggregation\":\"MEMBER_MAJORITY\",\"note\":\"Forged request test\"}");
        });
        // SECAS alone keeps the meetings' record; tried on the Change Board with the demo's members.
        repeatable("POST /api/v1/meetings", only(SECAS), t -> p -> json(API + "meetings", "{\"bodyKey\":\"CHANGE_BOARD\","
                + "\"title\":\"" + RestTargets.unique("Forged meeting ") + "\",\"date\":\"" + t.today.plusDays(30)
                + "\",\"startsAt\":\"10:00\"}"));
        repeatable("POST /api/v1/meetings/{id}/attendance", only(SECAS), t -> {
            long meeting = t.freshBoardMeeting();
            long lena = t.appointmentOf("CHANGE_BOARD", "Lena Watts");
            return p -> json(API + "meetings/" + meeting + "/attendance", "{\"appointment\":" + lena
                    + ",\"attendance\":\"PRESENT\"}");
        });
        repeatable("POST /api/v1/meetings/{id}/observers", only(SECAS), t -> {
            long meeting = t.freshBoardMeeting();
            return p -> json(API + "meetings/" + meeting + "/observers", "{\"name\":\"Olive Ofgem\","
                    + "\"organisation\":\"Ofgem\"}");
        });
        repeatable("POST /api/v1/meetings/{id}/agenda", only(SECAS), t -> {
            long meeting = t.freshBoardMeeting();
            return p -> json(API + "meetings/" + meeting + "/agenda", "{\"title\":\"MP168 Modification Report\","
                    + "\"subjectReference\":\"MP168\"}");
        });
        repeatable("POST /api/v1/meetings/{id}/minutes", only(SECAS), t -> {
            long meeting = t.freshBoardMeeting();
            return p -> json(API + "meetings/" + meeting + "/minutes", "{\"text\":\"Forged request test\"}");
        });
        row("POST /api/v1/meetings/{id}/cancellation", only(SECAS), t -> {
            long meeting = t.freshBoardMeeting();
            return p -> json(API + "meetings/" + meeting + "/cancellation", "{\"reason\":\"Forged request test\"}");
        });
        repeatable("POST /api/v1/vote-rounds", only(SECAS), t -> p -> json(API + "vote-rounds",
                "{\"bodyKey\":\"CHANGE_BOARD\",\"question\":\"" + RestTargets.unique("Forged question ")
                        + "\",\"subjectReference\":\"MP168\"}"));
        // Only the member votes, for themself (the round finds their appointment): the demo's Chris Board
        // (changeboard) on an online Change Board round; SECAS and everyone else hold no seat on it.
        repeatable("POST /api/v1/vote-rounds/{id}/votes", only(CHANGEBOARD), t -> {
            long round = t.onlineBoardRound();
            return p -> json(API + "vote-rounds/" + round + "/votes", "{\"choice\":\"APPROVE\"}");
        });
        row("POST /api/v1/vote-rounds/{id}/meeting-votes", only(SECAS), t -> {
            long round = t.boardRoundWithLenaPresent();
            long lena = t.appointmentOf("CHANGE_BOARD", "Lena Watts");
            return p -> json(API + "vote-rounds/" + round + "/meeting-votes", "{\"votes\":[{\"appointment\":" + lena
                    + ",\"choice\":\"APPROVE\"}]}");
        });
        row("POST /api/v1/vote-rounds/{id}/closure", only(SECAS), t -> {
            long round = t.onlineBoardRound();
            return p -> json(API + "vote-rounds/" + round + "/closure", "{}");
        });

        TABLE = Collections.unmodifiableMap(rows);
    }
}
