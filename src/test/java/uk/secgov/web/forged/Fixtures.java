package uk.secgov.web.forged;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CRLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.FormFixtures;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Api;
import uk.secgov.signature.TestPki;

/**
 * Fresh targets for the page commands, made the way the rest of the system makes them (the REST API as SECAS, the
 * administrator, a Supplier; a page where there is no API), and the values a successful call posts. A case is raised
 * 90 days ago and each step before the one under test is dated a day later, so the step under test can be dated today
 * (or in the past) after them.
 */
public final class Fixtures {

    /** Thrown when no target can be made (e.g. every demo CPL entry is already removed). */
    public static final class NoTarget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoTarget(String message) {
            super(message);
        }
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TAG = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    // Future dates start at a random week or year, so a database kept from an earlier run (or used by other tests)
    // is unlikely to hold an override on them already.
    private static final AtomicInteger WEEKDAYS = new AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(2000));
    private static final AtomicInteger PAST_WEEKDAYS = new AtomicInteger();
    private static final AtomicInteger CHRISTMASES = new AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(200));
    private static final Map<String, TestPki.Issued> ANCHORS = new ConcurrentHashMap<>();
    private static final Path EXAMPLES = Path.of("docs/examples/passes");
    private static final String PRECHECK_TASK = "Give pre-submission comments and assign a Lead Analyst";

    private final URL base;
    private final Api secas;
    private final Api admin;
    private final Api supplier;
    private final Function<Principal, PageSession> sessions;
    /** Entries listed for the CPA warnings (two) and renewals (one), made when first needed. */
    private final Long[] warnable = new Long[3];
    /** Demo CPL entries a removal may use up, in order. */
    private final Deque<Long> removable = new ArrayDeque<>(List.of(1007L, 1006L, 1005L, 1004L, 1002L));

    public Fixtures(URL base, Function<Principal, PageSession> sessions) {
        this.base = base;
        this.secas = Api.demo(base, "secas");
        this.admin = Api.demo(base, "admin");
        this.supplier = Api.demo(base, "supplier");
        this.sessions = sessions;
    }

    // ---- values -------------------------------------------------------------------------------------------

    public static String unique() {
        return TAG + "-" + COUNTER.incrementAndGet();
    }

    public static LocalDate todayDate() {
        return LocalDate.now(UK);
    }

    public static String today() {
        return UK_DATE.format(todayDate());
    }

    public static String todayIso() {
        return todayDate().toString();
    }

    public static String daysAgo(int days) {
        return UK_DATE.format(todayDate().minusDays(days));
    }

    public static String futureIsoDate() {
        return todayDate().plusYears(3).toString();
    }

    /** A Wednesday after 2030 never used before in this run, away from Christmas and New Year (DD/MM/YYYY). */
    public static String freshFutureWeekday() {
        return UK_DATE.format(freshWednesday(LocalDate.of(2030, 1, 9), WEEKDAYS));
    }

    /**
     * A Wednesday in 2001 or later never used before in this run: the releases page lists releases by planned date,
     * 25 to a page, so a target release planned then is on its first page.
     */
    public static String freshPastWeekday() {
        return UK_DATE.format(freshWednesday(LocalDate.of(2001, 1, 10), PAST_WEEKDAYS));
    }

    private static LocalDate freshWednesday(LocalDate first, AtomicInteger counter) {
        LocalDate day = first.plusWeeks(counter.incrementAndGet());
        while (day.getMonthValue() == 12 && day.getDayOfMonth() > 20 || day.getMonthValue() == 1 && day.getDayOfMonth() < 5) {
            day = first.plusWeeks(counter.incrementAndGet());
        }
        return day;
    }

    /** Christmas Day of a year after 2040 when it falls on a weekday, never used before in this run. */
    public static String freshBankHoliday() {
        LocalDate day;
        do {
            // 2040 to 2189: inside the calendar's range (1970 to 2199), whatever the random start.
            day = LocalDate.of(2040 + Math.floorMod(CHRISTMASES.getAndIncrement(), 150), 12, 25);
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        return UK_DATE.format(day);
    }

    public static byte[] example(String file) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] documentBytes() {
        return ("A paper for the case (forged-request test) " + unique() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A new IKI root certificate, PEM. */
    public static byte[] freshAnchorPem() {
        return pem(TestPki.rootCa("CN=Forged Anchor " + unique() + ",O=Test DCC,C=GB"));
    }

    /** A fresh CRL of the target's anchor (made by {@link #anchor()}), DER. */
    public static byte[] freshCrl(Target target) {
        TestPki.Issued ca = ANCHORS.get(target.get("anchor"));
        Instant now = Instant.now();
        try {
            return TestPki.crl(ca, ca.key(), now.minus(Duration.ofMinutes(30)).plusSeconds(COUNTER.incrementAndGet()),
                    now.plus(Duration.ofDays(7)), Map.of()).getEncoded();
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(TestPki.Issued ca) {
        try {
            return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(ca.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- CPL ----------------------------------------------------------------------------------------------

    /** A listed entry of the test's own (the REST forgery test, which runs first, removes demo entries). */
    public Target renewableEntry() throws Exception {
        return Target.of("entry", warnableEntry(2));
    }

    /** A demo CPL entry that is not removed yet. */
    public Target removableEntry() throws Exception {
        while (!removable.isEmpty()) {
            long id = removable.pop();
            JsonObject entry = ok(Api.anonymous(base).get("api/v1/cpl/entries/" + id), 200);
            if (!"REMOVED".equals(entry.getString("status", ""))) {
                return Target.of("entry", id);
            }
        }
        return Target.of("entry", listedEntry(newModel(), newHash()));
    }

    /** A new Device Model on the CPL with a Hash: Volt Supply's signed submission, reviewed and associated. */
    private long listedEntry(String model, String hash) throws Exception {
        IkiFixture pki = pki();
        byte[] form = FormFixtures.csv(FormFixtures.with(FormFixtures.esme("38040404", hash), FormColumn.MODEL_ID,
                model));
        String submitted = ok(Api.demo(base, "supplier2").postMultipart("api/v1/cpl/submissions", new java.util
                .LinkedHashMap<>(Map.of("form", form, "signature", pki.sign(form, pki.maker, pki.volt)))), 202)
                .getString("reference");
        for (String[] step : new String[][] {{"secas", "SECAS review"}, {"panel", "Panel decision"}}) {
            Api api = Api.demo(base, step[0]);
            String task = until(() -> api.openTask(submitted, step[1]).orElse(null), step[1] + " of " + submitted);
            Api.Reply done = api.post("api/v1/tasks/" + task + "/complete", "{\"row2\":\"associate\",\"reason2\":\"First\"}");
            if (done.status() != 204) {
                throw new NoTarget(step[1] + ": " + done.status() + " " + done.body());
            }
        }
        return until(() -> ok(Api.anonymous(base).get("api/v1/cpl/entries?q=" + model.toLowerCase(
                java.util.Locale.ROOT)), 200).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> hash.equals(e.getString("currentHash", null)))
                .map(e -> e.getJsonNumber("entryId").longValue()).findFirst().orElse(null), "entry of " + model);
    }

    /** A submission of the passing example by the Supplier, awaiting SECAS's review, with the review task. */
    public Target submissionAwaitingReview() {
        Api.Reply reply = supplier.postMultipart("api/v1/cpl/submissions", new java.util.LinkedHashMap<>(Map.of(
                "form", example("form.csv"), "signature", example("form.csv.p7s"))));
        String reference = ok(reply, 202).getString("reference");
        String status = until(() -> {
            String s = ok(supplier.get("api/v1/cpl/submissions/" + reference), 200).getString("status");
            return "RECEIVED".equals(s) ? null : s;
        }, "submission " + reference + " verified");
        if (!"AWAITING_REVIEW".equals(status)) {
            throw new NoTarget("submission " + reference + " is " + status + ", not AWAITING_REVIEW");
        }
        JsonObject task = until(() -> tasks(secas).stream()
                .filter(t -> reference.equals(t.getString("businessKey", null))).findFirst().orElse(null),
                "review task of " + reference);
        return Target.of("reference", reference).with("task", task.getString("id")).with("page",
                task.getString("formPage").substring(1) + (task.getString("formPage").contains("?") ? "&" : "?")
                        + "id=" + task.getString("id"));
    }

    /**
     * SECAS's open CPA warning task for a listed entry of its own, after a renewal that expires in ten days. The
     * entry is new rather than a demo entry, because the REST forgery test removes demo entries before this one runs.
     */
    public Target cpaWarningTask() throws Exception {
        return cpaWarningTask(warnableEntry(0));
    }

    /** The same for a second entry (a second warning, once the first is dealt with). */
    public Target anotherCpaWarningTask() throws Exception {
        return cpaWarningTask(warnableEntry(1));
    }

    private synchronized long warnableEntry(int which) throws Exception {
        if (warnable[which] == null) {
            warnable[which] = listedEntry(newModel(), newHash());
        }
        return warnable[which];
    }

    private Target cpaWarningTask(long entry) {
        ok(secas.post("api/v1/cpl/entries/" + entry + "/cpa-renewals", "{\"cpaCertificate\":\"CPA-SOON-" + unique()
                + "\",\"cpaExpiry\":\"" + todayDate().plusDays(10) + "\"}"), 201);
        Api.Reply check = Api.anonymous(base).post("it/daily-cpa-check");
        if (check.status() != 204) {
            throw new NoTarget("the daily CPA check answered " + check.status());
        }
        JsonObject task = until(() -> tasks(secas).stream()
                .filter(t -> t.getString("name").equals("CPA certificate expiring: contact the manufacturer"))
                .filter(t -> t.getString("description", "").startsWith("CPL entry " + entry + " ")).findFirst()
                .orElse(null), "CPA warning task of " + entry);
        return Target.of("task", task.getString("id")).with("page", task.getString("formPage").substring(1)
                + (task.getString("formPage").contains("?") ? "&" : "?") + "id=" + task.getString("id"));
    }

    /**
     * A Hash conflict: Volt Supply's Hash for a new Device Model is reviewed and associated; then Bright Energy submits
     * another Hash for the same model, which opens an investigation waiting for SECAS to open it.
     */
    public Target investigation() throws Exception {
        IkiFixture pki = pki();
        String model = newModel();
        long entryId = listedEntry(model, newHash());
        byte[] second = FormFixtures.csv(FormFixtures.with(FormFixtures.esme("38040404", newHash()), FormColumn.MODEL_ID,
                model));
        ok(supplier.postMultipart("api/v1/cpl/submissions", new java.util.LinkedHashMap<>(Map.of("form", second,
                "signature", pki.sign(second, pki.maker, pki.bright)))), 202);
        String reference = until(() -> ok(secas.get("api/v1/cpl/investigations?size=500"), 200).getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("entryId").longValue() == entryId)
                .map(i -> i.getString("reference")).findFirst().orElse(null), "investigation of " + entryId);
        until(() -> secas.openTask(reference, "Open the investigation").orElse(null), "open task of " + reference);
        return Target.of("reference", reference);
    }

    /** An investigation SECAS opened: questions may be asked, the recommendation given. */
    public Target openedInvestigation() throws Exception {
        String reference = investigation().get("reference");
        String open = until(() -> secas.openTask(reference, "Open the investigation").orElse(null), "open task");
        Api.Reply done = secas.post("api/v1/tasks/" + open + "/complete", "{}");
        if (done.status() != 204) {
            throw new NoTarget("opening " + reference + ": " + done.status() + " " + done.body());
        }
        until(() -> secas.openTask(reference, "Recommend replace or retain").orElse(null), "recommend task");
        return Target.of("reference", reference);
    }

    /** An opened investigation with a question to Volt Supply (answered by supplier2). */
    public Target investigationAskingVoltSupply() throws Exception {
        String reference = openedInvestigation().get("reference");
        JsonObject asked = ok(secas.post("api/v1/cpl/investigations/" + reference + "/requests", "{\"partyId\":"
                + partyId("Volt Supply") + ",\"question\":\"Where did the Hash come from?\",\"workingDays\":5}"), 201);
        return Target.of("reference", reference).with("request", asked.getJsonNumber("id").longValue());
    }

    /** The same question overdue: its due and escalation timers ran, so SECAS chases it. */
    public Target investigationOverdue() throws Exception {
        Target asked = investigationAskingVoltSupply();
        Api.Reply ran = Api.anonymous(base).post("it/due-timers?reference=" + asked.get("reference") + "&request="
                + asked.get("request"));
        if (ran.status() != 204) {
            throw new NoTarget("due timers: " + ran.status() + " " + ran.body());
        }
        until(() -> secas.openTask(asked.get("reference"), "Chase the overdue answer").orElse(null), "chase task");
        return asked;
    }

    /** The question answered by Volt Supply with a file of evidence. */
    public Target investigationAnswered() throws Exception {
        Target asked = investigationAskingVoltSupply();
        Forger.submit(sessions.apply(Principal.SUPPLIER2), "cpl/investigation.xhtml?reference=" + asked.get("reference"),
                "answerForm", Recipe.Button.id("send"), Map.of("*:answer", "From the manufacturer."),
                Map.of("*:evidence", new PageSession.FilePart("evidence.txt", "text/plain", documentBytes())));
        return asked;
    }

    /** SECAS recommended replacing: the Panel decides. */
    public Target recommendedInvestigation() throws Exception {
        String reference = openedInvestigation().get("reference");
        Forger.submit(sessions.apply(Principal.SECAS), "cpl/investigation.xhtml?reference=" + reference, "outcomeForm",
                Recipe.Button.id("recommend"), Map.of("outcomeForm:outcome", "replace", "outcomeForm:reasons",
                        "The manufacturer confirms it."));
        until(() -> Api.demo(base, "panel").openTask(reference, "Decide: replace or retain the current Hash")
                .orElse(null), "decide task");
        return Target.of("reference", reference);
    }

    private IkiFixture pki;

    private IkiFixture pki() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
        return pki;
    }

    private static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    // ---- administration -----------------------------------------------------------------------------------

    public Target calendarOverride() {
        String name = "Forged target " + unique();
        LocalDate day = LocalDate.parse(freshFutureWeekday(), UK_DATE);
        JsonObject o = ok(admin.post("api/v1/calendar/overrides", "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"" + day
                + "\",\"name\":\"" + name + "\",\"reason\":\"A target to cancel\"}"), 201);
        return Target.of("name", name).with("override", o.getJsonNumber("id").longValue());
    }

    public Target party() {
        String name = "A forged target " + unique();
        ok(admin.post("api/v1/parties", "{\"name\":\"" + name + "\",\"category\":\"SMALL_SUPPLIER\"}"), 201);
        return Target.of("name", name);
    }

    public Target voltSupply() {
        return Target.of("partyId", partyId("Volt Supply"));
    }

    public Target user() {
        String username = "aaa-forged-" + unique();
        ok(admin.post("api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"forged-password-1234\","
                + "\"partyId\":" + partyId("Volt Supply") + ",\"roles\":[\"supplier\"],\"displayName\":\"Forged Target\","
                + "\"email\":\"target@example.org\"}"), 201);
        return Target.of("username", username);
    }

    /** A fresh username (with no account) locked by sign-in throttling. */
    public Target lockedUsername() {
        return Target.of("username", RestTargets.lock(base, "aaa-locked-" + unique()));
    }

    public Target anchor() {
        return anchor(null);
    }

    /** An anchor whose CRL address does not answer: a fetch is tried and recorded as failed. */
    public Target anchorWithCrlAddress() {
        return anchor("http://127.0.0.1:9/forged.crl");
    }

    private Target anchor(String crlUrl) {
        String subject = "Forged Anchor " + unique();
        TestPki.Issued ca = TestPki.rootCa("CN=" + subject + ",O=Test DCC,C=GB");
        JsonObject added = ok(admin.post("api/v1/trust-anchors" + (crlUrl == null ? "" : "?crlUrl=" + crlUrl),
                "application/x-pem-file", pem(ca)), 201);
        String id = String.valueOf(added.getJsonNumber("id").longValue());
        ANCHORS.put(id, ca);
        return Target.of("anchor", id).with("subject", subject);
    }

    private long partyId(String name) {
        return ok(admin.get("api/v1/parties?size=500"), 200).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals(name))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new NoTarget("no party " + name));
    }

    // ---- tasks --------------------------------------------------------------------------------------------

    /** A task offered to SECAS that nobody holds (a new Draft Proposal's pre-submission comments). */
    public Target secasTask() {
        Set<String> before = tasks(secas).stream().map(t -> t.getString("id")).collect(Collectors.toSet());
        raise(secas, partyId("Volt Supply"));
        JsonObject task = until(() -> tasks(secas).stream().filter(t -> !before.contains(t.getString("id")))
                .filter(t -> t.getString("name").equals(PRECHECK_TASK)).findFirst().orElse(null), "the new SECAS task");
        return Target.of("task", task.getString("id")).with("businessKey", task.getString("businessKey"));
    }

    public Target secasClaimedTask() {
        Target task = secasTask();
        ok(secas.post("api/v1/tasks/" + task.get("task") + "/claim"), 200);
        return task;
    }

    public Target secasWelcomeTask() {
        return tasks(secas).stream().filter(t -> t.getString("name").equals("Read the welcome guide"))
                .map(t -> Target.of("task", t.getString("id"))).findFirst()
                .orElseThrow(() -> new NoTarget("SECAS's welcome task is completed already"));
    }

    private static List<JsonObject> tasks(Api who) {
        return ok(who.get("api/v1/tasks?size=500"), 200).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .toList();
    }

    // ---- releases -----------------------------------------------------------------------------------------

    /** A release SECAS added on the releases page (there is no API to add one). */
    public Target proposedRelease() {
        String name = "A Forged Target " + unique();
        PageSession page = sessions.apply(Principal.SECAS);
        Forger.submit(page, "secas/releases.xhtml", "createForm", Recipe.Button.id("create"), Map.of(
                "createForm:name", name, "createForm:kind", "AD_HOC", "createForm:plannedDate", freshPastWeekday()));
        JsonObject release = until(() -> ok(Api.anonymous(base).get("api/v1/releases?size=500"), 200)
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(r -> r.getString("name").equals(name))
                .findFirst().orElse(null), "release " + name);
        return Target.of("name", name).with("status", release.getString("status", ""));
    }

    public Target confirmedRelease() {
        Target release = proposedRelease();
        if (!"CONFIRMED".equals(release.get("status"))) {
            Forger.submit(sessions.apply(Principal.SECAS), "secas/releases.xhtml", "releasesForm",
                    Recipe.Button.inRow(t -> release.get("name"), "Confirm"), Map.of());
        }
        return release;
    }

    // ---- modifications ------------------------------------------------------------------------------------

    public Target draftProposal() {
        return Target.of("ref", raise(secas, partyId("Volt Supply")));
    }

    public Target caseInDevelopment() {
        String ref = raise(secas, partyId("Volt Supply"));
        step(ref, "precheck", 89, "\"leadAnalyst\":\"Sam Analyst\",\"comments\":\"Comments.\"");
        return Target.of("ref", ref);
    }

    public Target caseAwaitingConversion() {
        String ref = caseInDevelopment().get("ref");
        step(ref, "problem-statement-agreed", 88, null);
        return Target.of("ref", ref);
    }

    public Target caseAwaitingUrgency() {
        String ref = caseAwaitingConversion().get("ref");
        step(ref, "conversion", 87, "\"path\":\"PATH_2\",\"route\":\"REFINEMENT\",\"urgent\":true");
        return Target.of("ref", ref);
    }

    public Target caseAwaitingFastTrack() {
        JsonObject raised = ok(secas.post("api/v1/modifications/fast-track", proposal(partyId("Volt Supply"), "Sam Analyst")), 201);
        return Target.of("ref", raised.getString("reference"));
    }

    public Target caseInObjectionWindow() {
        String ref = caseAwaitingFastTrack().get("ref");
        step(ref, "fast-track-decision", 1, "\"votes\":[{\"member\":\"Pat Chair\",\"vote\":\"APPROVE\"}]");
        return Target.of("ref", ref);
    }

    public Target caseInRefinement() {
        return caseInRefinement("PATH_3");
    }

    private Target caseInRefinement(String path) {
        String ref = caseAwaitingConversion().get("ref");
        step(ref, "conversion", 87, "\"path\":\"" + path + "\",\"route\":\"REFINEMENT\",\"urgent\":false");
        return Target.of("ref", ref);
    }

    public Target caseInReportPhase() {
        return caseInReportPhase("PATH_3");
    }

    private Target caseInReportPhase(String path) {
        String ref = caseInRefinement(path).get("ref");
        step(ref, "refinement-completed", 86, null);
        return Target.of("ref", ref);
    }

    /** Report approved 85 days ago: its consultation has closed (the engine's timer) and the Change Board votes. */
    public Target caseAtChangeBoard() {
        return caseAtChangeBoard("PATH_3");
    }

    private Target caseAtChangeBoard(String path) {
        String ref = caseInReportPhase(path).get("ref");
        step(ref, "report-approval", 85, null);
        awaitStage(ref, "CHANGE_BOARD");
        return Target.of("ref", ref);
    }

    public Target caseAwaitingDetermination() {
        String ref = caseAtChangeBoard("PATH_2").get("ref");
        step(ref, "change-board-vote", 40, VOTE);
        return Target.of("ref", ref);
    }

    public Target caseInAppealWindow() {
        String ref = caseAtChangeBoard("PATH_3").get("ref");
        step(ref, "change-board-vote", 3, VOTE);
        return Target.of("ref", ref);
    }

    public Target caseUnderAppeal() {
        String ref = caseInAppealWindow().get("ref");
        step(ref, "appeals", 2, "\"party\":\"Volt Supply\",\"reason\":\"Grounds.\"");
        return Target.of("ref", ref);
    }

    public Target caseOnHold() {
        String ref = caseInDevelopment().get("ref");
        step(ref, "hold", 1, "\"reason\":\"Waiting.\"");
        return Target.of("ref", ref);
    }

    public Target caseInDevelopmentWithRelease() {
        String ref = caseInDevelopment().get("ref");
        long release = ok(Api.anonymous(base).get("api/v1/releases?size=500"), 200).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(r -> !LocalDate.parse(r.getString("plannedDate", "2000-01-01"))
                        .isBefore(todayDate().plusMonths(1)))
                .filter(r -> Set.of("PROPOSED", "CONFIRMED").contains(r.getString("status", "")))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new NoTarget("no future release"));
        return Target.of("ref", ref).with("releaseId", release);
    }

    /** A case of Bright Energy (the Supplier's Party), past SECAS's comments. */
    public Target caseOfBrightEnergy() {
        String ref = ok(supplier.post("api/v1/modifications", proposal(null, "Sue Supplier")), 201).getString("reference");
        step(ref, "precheck", 0, "\"leadAnalyst\":\"Sam Analyst\",\"comments\":\"Comments.\"");
        return Target.of("ref", ref);
    }

    /** Bright Energy's case, withdrawn by its Supplier today: open for adoption by another Party. */
    public Target caseWithdrawnBySupplier() {
        String ref = caseOfBrightEnergy().get("ref");
        ok(supplier.post("api/v1/modifications/" + ref + "/withdrawal", "{\"date\":\"" + todayIso()
                + "\",\"reason\":\"We withdraw it.\"}"), 200);
        return Target.of("ref", ref).with("adopterPartyId", partyId("Volt Supply"));
    }

    /** A case in Development with a White document SECAS uploaded on its page. */
    public Target caseWithDocument() {
        String ref = caseInDevelopment().get("ref");
        Forger.submit(sessions.apply(Principal.SECAS), "modifications/case.xhtml?ref=" + ref, "uploadForm",
                Recipe.Button.id("uploadDocument"), Map.of("uploadForm:documentTitle", "A public paper",
                        "uploadForm:documentClassification", "WHITE"),
                Map.of("uploadForm:documentFile", new PageSession.FilePart("paper.txt", "text/plain", documentBytes())));
        return Target.of("ref", ref);
    }

    private static final String VOTE = "\"votes\":[{\"member\":\"Chris Board\",\"category\":\"LARGE_SUPPLIER\","
            + "\"vote\":\"APPROVE\"}]";

    private String raise(Api who, Long partyId) {
        return ok(who.post("api/v1/modifications", proposal(partyId, "Sam Analyst")), 201).getString("reference");
    }

    /** A Draft Proposal of this Party (none: the raiser's own) by this person (a Party's user names themself). */
    private static String proposal(Long partyId, String person) {
        return "{\"title\":\"Forged-request target " + unique() + "\",\"issue\":\"A target case.\","
                + "\"impactedCategories\":[\"LARGE_SUPPLIER\"],\"proposerPerson\":\"" + person + "\""
                + (partyId == null ? "" : ",\"proposerPartyId\":" + partyId + ",\"raisedOn\":\"" + todayDate()
                        .minusDays(90) + "\"") + "}";
    }

    private void step(String ref, String step, int daysAgo, String fields) {
        ok(secas.post("api/v1/modifications/" + ref + "/" + step, "{\"date\":\"" + todayDate().minusDays(daysAgo)
                + "\"" + (fields == null ? "" : "," + fields) + "}"), 200);
    }

    private void awaitStage(String ref, String stage) {
        until(() -> stage.equals(ok(secas.get("api/v1/modifications/" + ref), 200).getString("stage")) ? stage : null,
                ref + " in " + stage);
    }

    // ---- meetings -----------------------------------------------------------------------------------------

    private static final java.util.regex.Pattern ID_IN_ADDRESS = java.util.regex.Pattern.compile("[?&]id=(\\d+)");
    private static final java.util.regex.Pattern APPOINTMENT_NUMBER = java.util.regex.Pattern.compile("No\\. (\\d+),");
    /** The name of the demo user changeboard's Change Board appointment, made once through the members page. */
    private String boardMember;

    /** A Change Board meeting today, scheduled by SECAS on the meetings page. */
    public Target boardMeeting() {
        String title = "Forged meeting " + unique();
        PageSession.Page landed = Forger.submit(sessions.apply(Principal.SECAS), "meetings/index.xhtml?body=CHANGE_BOARD",
                "scheduleForm", Recipe.Button.id("schedule"), Map.of("scheduleForm:title", title,
                        "scheduleForm:date", today(), "scheduleForm:startsAt", "10:00"));
        java.util.regex.Matcher id = ID_IN_ADDRESS.matcher(landed.uri());
        if (!id.find()) {
            throw new NoTarget("scheduling " + title + " landed on " + landed.uri() + ": " + landed.messages());
        }
        return Target.of("meeting", id.group(1)).with("title", title).with("member", boardMember());
    }

    /** A Change Board meeting today with the changeboard user's appointment recorded present and a round open. */
    public Target roundAtBoardMeeting() {
        Target meeting = boardMeeting();
        String page = "meetings/meeting.xhtml?id=" + meeting.get("meeting");
        Forger.submit(sessions.apply(Principal.SECAS), page, "attendanceForm",
                Recipe.Button.inRow(t -> meeting.get("member"), "Present"), Map.of());
        String question = "Approve the forged subject " + unique() + "?";
        Forger.submit(sessions.apply(Principal.SECAS), page, "roundForm", Recipe.Button.id("openRound"), Map.of(
                "roundForm:question", question, "roundForm:subjectReference", "MP168"));
        return meeting.with("question", question);
    }

    /** The changeboard user's Change Board appointment (on the first seat, which votes), made once. */
    public String boardMember() {
        if (boardMember == null) {
            String name = "Forged Member " + unique();
            appoint(name, "changeboard");
            boardMember = name;
        }
        return boardMember;
    }

    /** A Change Board appointment of a person who does not sign in, with its number. */
    public Target appointment() {
        String name = "Forged Appointee " + unique();
        appoint(name, "");
        PageSession.Page members = sessions.apply(Principal.SECAS).get("meetings/members.xhtml?body=CHANGE_BOARD");
        String row = members.document().select("tr").stream().filter(tr -> tr.select("tr").size() == 1)
                .filter(tr -> tr.text().contains(name)).map(org.jsoup.nodes.Element::text).findFirst()
                .orElseThrow(() -> new NoTarget("the appointment of " + name + " is not listed"));
        java.util.regex.Matcher number = APPOINTMENT_NUMBER.matcher(row);
        if (!number.find()) {
            throw new NoTarget("no appointment number in '" + row + "'");
        }
        return Target.of("appointment", number.group(1)).with("name", name);
    }

    private void appoint(String name, String username) {
        Forger.submit(sessions.apply(Principal.SECAS), "meetings/members.xhtml?body=CHANGE_BOARD", "appointForm",
                Recipe.Button.id("appoint"), Map.of("appointForm:seat", Forger.FIRST_OPTION,
                        "appointForm:personName", name, "appointForm:username", username,
                        "appointForm:termFrom", "01/01/2020", "appointForm:termTo", ""));
    }

    // ---- plumbing -----------------------------------------------------------------------------------------

    private static JsonObject ok(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new NoTarget("expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    /** Polls for up to 60 seconds until the answer is not null. */
    static <T> T until(Supplier<T> answer, String what) {
        try {
            return Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250)).until(answer::get, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new NoTarget("timed out waiting for " + what);
        }
    }
}
