package uk.secgov.web.forged;

import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Api;
import uk.secgov.signature.TestPki;

/**
 * The records the forged requests aim at, made through the API by a user who may make them (as the
 * application's own users would), so that an allowed call of a command would succeed on them. Each method
 * makes a fresh one; the few expensive ones (the test IKI, the investigation) are made once.
 */
final class RestTargets {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final URL base;
    final LocalDate today = LocalDate.now(UK);
    private IkiFixture pki;
    private final Map<String, Long> parties = new HashMap<>();
    private Deque<Long> unusedEntries;
    /** The demo's CPL entries are 1001 to 1007 (demo/cpl-entries.csv); later ones may be under investigation. */
    private static final long LAST_DEMO_ENTRY = 1007;
    private String investigation;

    RestTargets(URL base) {
        this.base = base;
    }

    Api as(Principal principal) {
        return principal == Principal.ANONYMOUS ? Api.anonymous(base) : Api.as(base, principal.username(),
                principal.password());
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static Api.Reply expect(Api.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException("Preparing the target: " + what + " answered " + reply.status()
                    + ", expected " + status + ": " + reply.body());
        }
        return reply;
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        try {
            return Awaitility.await(what).atMost(PATIENCE).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(300)).until(probe::get, Optional::isPresent).get();
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Preparing the target: gave up waiting for " + what);
        }
    }

    // ---- Parties, users -----------------------------------------------------------------------

    long partyId(String name) {
        return parties.computeIfAbsent(name, n -> as(Principal.ADMIN).get("api/v1/parties?size=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(n)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo party " + n)).getJsonNumber("id").longValue());
    }

    long freshParty() {
        return expect(as(Principal.ADMIN).post("api/v1/parties", "{\"name\":\"" + unique("Forged party ")
                + "\",\"category\":\"OTHER_SEC_PARTY\"}"), 201, "a new party").json().getJsonNumber("id").longValue();
    }

    String newUserJson() {
        return "{\"username\":\"" + unique("forged-") + "\",\"password\":\"forged-request-password\",\"partyId\":"
                + partyId("Volt Supply") + ",\"roles\":[\"supplier\"],\"displayName\":\"Forged Test\"}";
    }

    long freshUser() {
        return expect(as(Principal.ADMIN).post("api/v1/users", newUserJson()), 201, "a new user").json()
                .getJsonNumber("id").longValue();
    }

    /** A fresh username (with no account) locked by sign-in throttling. */
    String lockedUsername() {
        return lock(base, unique("forged-locked-"));
    }

    /**
     * Locks a username by sign-in throttling: wrong passwords sent without waiting, until the API answers that it
     * is locked.
     */
    static String lock(URL base, String username) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Api.Reply reply = Api.as(base, username, "wrong-password").get("api/v1/tasks");
            if (reply.status() == 429 && reply.body().contains("\"locked\":true")) {
                return username;
            }
        }
        throw new IllegalStateException("Sign-in throttling did not lock " + username);
    }

    // ---- Trust anchors and CRLs ---------------------------------------------------------------

    static byte[] pem(TestPki.Issued ca) throws Exception {
        return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ca.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static TestPki.Issued newRoot() {
        return TestPki.rootCa("CN=Forged Request Root " + unique("") + ",O=Forged Test,C=GB");
    }

    long freshAnchor(TestPki.Issued root, String crlUrl) throws Exception {
        String query = crlUrl == null ? "" : "?crlUrl=" + URLEncoder.encode(crlUrl, StandardCharsets.UTF_8);
        return expect(as(Principal.ADMIN).post("api/v1/trust-anchors" + query, "application/x-pem-file", pem(root)),
                201, "a new trust anchor").json().getJsonNumber("id").longValue();
    }

    /** The first CRL of a freshly registered anchor (DER). */
    byte[] freshCrl() throws Exception {
        TestPki.Issued root = newRoot();
        freshAnchor(root, null);
        Instant now = Instant.now();
        return TestPki.crl(root, root.key(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), Map.of())
                .getEncoded();
    }

    // ---- Releases ---------------------------------------------------------------------------

    long freshRelease() {
        return expect(as(Principal.SECAS).post("api/v1/releases", "{\"name\":\"" + unique("Forged release ")
                + "\",\"kind\":\"AD_HOC\",\"plannedDate\":\"" + today.plusDays(400) + "\"}"), 201, "a new release")
                .json().getJsonNumber("id").longValue();
    }

    long confirmedRelease() {
        long id = freshRelease();
        expect(as(Principal.SECAS).post("api/v1/releases/" + id + "/confirm"), 200, "confirming release " + id);
        return id;
    }

    /**
     * How many years {@code POST /releases/proposals} must cover to add at least one scheduled release: one more than
     * the last year that has one (the demo proposes two years ahead). Each run of the test adds a year to the IT
     * server's database (kept until {@code mvn clean}); beyond 10 years nothing more can be proposed: empty.
     */
    Optional<Integer> yearsToProposeANewRelease() {
        int lastYear = as(Principal.ANONYMOUS).get("api/v1/releases?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("kind").equals("SCHEDULED"))
                .mapToInt(r -> LocalDate.parse(r.getString("plannedDate")).getYear()).max().orElse(today.getYear());
        int years = Math.max(1, lastYear + 1 - today.getYear());
        return years > 10 ? Optional.empty() : Optional.of(years);
    }

    // ---- Working Day calendar -------------------------------------------------------------------

    /** A Wednesday in March from 2150 on (never a bank holiday, no open deadline that far) not yet a holiday. */
    LocalDate dayToAddAsHoliday() {
        for (int year = 2150 + java.util.concurrent.ThreadLocalRandom.current().nextInt(20); year <= 2199; year++) {
            String holidays = as(Principal.ANONYMOUS).get("api/v1/calendar/holidays?year=" + year).body();
            for (LocalDate day = LocalDate.of(year, 3, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                    java.time.DayOfWeek.WEDNESDAY)); day.getMonthValue() == 3; day = day.plusWeeks(1)) {
                if (!holidays.contains(day.toString())) {
                    return day;
                }
            }
        }
        throw new IllegalStateException("No Wednesday in March left to add as a holiday");
    }

    // ---- CPL: signed forms, submissions, tasks, entries, investigations ---------------------

    IkiFixture pki() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
        return pki;
    }

    /** A valid one-row form for a Device Model the CPL has never seen, signed by the manufacturer and endorsed. */
    Map<String, Object> signedForm(Principal submitter) throws Exception {
        return signedForm(submitter, newModel(), newHash());
    }

    private Map<String, Object> signedForm(Principal submitter, String model, String hash) throws Exception {
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, model));
        IkiFixture iki = pki();
        TestPki.Issued endorser = switch (submitter) {
            case SUPPLIER2 -> iki.volt;
            case DCC -> iki.dcc;
            default -> iki.bright;
        };
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", iki.sign(form, iki.maker, endorser));
        return parts;
    }

    private String submit(Principal submitter, Map<String, Object> parts) {
        RestCall call = RestCall.multipart("api/v1/cpl/submissions", parts);
        return expect(as(submitter).post(call.path(), call.contentType(), call.body()), 202, "a submission by "
                + submitter).json().getString("reference");
    }

    private void awaitStatus(String reference, String status) {
        await(reference + " " + status, () -> {
            Api.Reply reply = as(Principal.SECAS).get("api/v1/cpl/submissions/" + reference);
            return reply.status() == 200 && status.equals(reply.json().getString("status")) ? Optional.of(true)
                    : Optional.empty();
        });
    }

    /** A Bright Energy (supplier) submission waiting for SECAS's review. */
    String submissionAwaitingReview() throws Exception {
        String reference = submit(Principal.SUPPLIER, signedForm(Principal.SUPPLIER));
        awaitStatus(reference, "AWAITING_REVIEW");
        return reference;
    }

    String openTask(Principal who, String businessKey, String name) {
        Api api = as(who);
        return await("task '" + name + "' of " + businessKey, () -> api.openTask(businessKey, name));
    }

    /** The unclaimed "SECAS review" task of a fresh submission (offered to the secas group). */
    String reviewTask() throws Exception {
        return openTask(Principal.SECAS, submissionAwaitingReview(), "SECAS review");
    }

    String reviewTaskClaimedBySecas() throws Exception {
        String task = reviewTask();
        expect(as(Principal.SECAS).post("api/v1/tasks/" + task + "/claim"), 200, "secas claiming " + task);
        return task;
    }

    /**
     * A listed CPL entry nobody has removed yet (each call gives another one): the demo's first, then new ones
     * listed through a submission, SECAS's review and the Panel's decision (the IT server's database is kept between
     * runs, and each run removes a few).
     */
    long unusedEntry() throws Exception {
        if (unusedEntries == null) {
            unusedEntries = new ArrayDeque<>();
            as(Principal.ANONYMOUS).get("api/v1/cpl/entries?status=HASH_ASSOCIATED&size=100").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getJsonNumber("entryId").longValue() <= LAST_DEMO_ENTRY)
                    .forEach(e -> unusedEntries.push(e.getJsonNumber("entryId").longValue()));
        }
        return unusedEntries.isEmpty() ? listedEntry(newModel(), newHash()) : unusedEntries.pop();
    }

    /** Volt Supply's submission of {@code hash} for {@code model}, reviewed by SECAS and associated by the Panel. */
    private long listedEntry(String model, String hash) throws Exception {
        String submission = submit(Principal.SUPPLIER2, signedForm(Principal.SUPPLIER2, model, hash));
        for (Principal decider : new Principal[] {Principal.SECAS, Principal.PANEL}) {
            String task = openTask(decider, submission, decider == Principal.SECAS ? "SECAS review" : "Panel decision");
            expect(as(decider).post("api/v1/tasks/" + task + "/complete",
                    "{\"row2\":\"associate\",\"reason2\":\"First Hash for this model\"}"), 204, "deciding " + submission);
        }
        return await("the entry of " + submission, () -> as(Principal.ANONYMOUS).get("api/v1/cpl/entries?q="
                + model.toLowerCase()).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> hash.equals(e.getString("currentHash", null)))
                .map(e -> e.getJsonNumber("entryId").longValue()).findFirst());
    }

    /** An open Hash conflict investigation (Volt Supply's Hash is current, Bright Energy asks for another). */
    String investigation() throws Exception {
        if (investigation != null) {
            return investigation;
        }
        String model = newModel();
        long entryId = listedEntry(model, newHash());
        submit(Principal.SUPPLIER, signedForm(Principal.SUPPLIER, model, newHash()));
        String reference = await("the investigation of entry " + entryId, () -> as(Principal.SECAS)
                .get("api/v1/cpl/investigations?size=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("entryId").longValue() == entryId)
                .map(i -> i.getString("reference")).findFirst());
        String open = openTask(Principal.SECAS, reference, "Open the investigation");
        expect(as(Principal.SECAS).post("api/v1/tasks/" + open + "/complete", "{}"), 204, "opening " + reference);
        investigation = reference;
        return reference;
    }

    /** An unanswered question of the investigation to Bright Energy (the supplier's Party). */
    long questionToBrightEnergy() throws Exception {
        return expect(as(Principal.SECAS).post("api/v1/cpl/investigations/" + investigation() + "/requests",
                "{\"partyId\":" + partyId("Bright Energy") + ",\"question\":\"" + unique("Where is the image from? ")
                        + "\"}"), 201, "a question").json().getJsonNumber("id").longValue();
    }

    /** A party SECAS added to the investigation, so that it can be removed. */
    long partyAddedToInvestigation() throws Exception {
        long party = freshParty();
        expect(as(Principal.SECAS).post("api/v1/cpl/investigations/" + investigation() + "/parties",
                "{\"partyId\":" + party + "}"), 204, "adding party " + party);
        return party;
    }

    // ---- Bodies, meetings and vote rounds ------------------------------------------------------

    private JsonObject body(String key) {
        return expect(as(Principal.SECAS).get("api/v1/bodies/" + key), 200, "body " + key).json();
    }

    /** The appointment of the body's member of that name (the demo's). */
    long appointmentOf(String bodyKey, String personName) {
        return body(bodyKey).getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("personName").equals(personName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo member " + personName + " on " + bodyKey))
                .getJsonNumber("appointment").longValue();
    }

    /** A new seat on the body, added by an administrator. */
    long freshSeat(String bodyKey) {
        String name = unique("Forged seat ");
        return expect(as(Principal.ADMIN).post("api/v1/bodies/" + bodyKey + "/seats", "{\"name\":\"" + name + "\"}"),
                201, "a new seat").json().getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    /** A person appointed to a new seat on the body from today. */
    long freshAppointment(String bodyKey) {
        long seat = freshSeat(bodyKey);
        String name = unique("Forged member ");
        return expect(as(Principal.ADMIN).post("api/v1/bodies/" + bodyKey + "/appointments", "{\"seatId\":" + seat
                + ",\"personName\":\"" + name + "\",\"termFrom\":\"" + today + "\"}"), 201, "an appointment").json()
                .getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("personName").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("appointment").longValue();
    }

    /** A Change Board meeting today, scheduled by SECAS. */
    long freshBoardMeeting() {
        return expect(as(Principal.SECAS).post("api/v1/meetings", "{\"bodyKey\":\"CHANGE_BOARD\",\"title\":\""
                + unique("Forged meeting ") + "\",\"date\":\"" + today + "\",\"startsAt\":\"10:00\"}"), 201,
                "a meeting").json().getJsonNumber("id").longValue();
    }

    /** An online round of the Change Board, open today. */
    long onlineBoardRound() {
        return expect(as(Principal.SECAS).post("api/v1/vote-rounds", "{\"bodyKey\":\"CHANGE_BOARD\",\"question\":\""
                + unique("Forged question ") + "\",\"subjectReference\":\"MP168\"}"), 201, "a round").json()
                .getJsonNumber("id").longValue();
    }

    /** A round at a fresh Change Board meeting at which the demo's Lena Watts is present and has not voted. */
    long boardRoundWithLenaPresent() {
        long meeting = freshBoardMeeting();
        expect(as(Principal.SECAS).post("api/v1/meetings/" + meeting + "/attendance", "{\"appointment\":"
                + appointmentOf("CHANGE_BOARD", "Lena Watts") + ",\"attendance\":\"PRESENT\"}"), 200, "attendance");
        return expect(as(Principal.SECAS).post("api/v1/vote-rounds", "{\"bodyKey\":\"CHANGE_BOARD\",\"question\":\""
                + unique("Forged question ") + "\",\"meetingId\":" + meeting + "}"), 201, "a round at a meeting")
                .json().getJsonNumber("id").longValue();
    }

    // ---- Modifications --------------------------------------------------------------------------

    /** The Change Board's vote as SECAS records it: its real member (the demo's Chris Board, Bright Energy). */
    static final String VOTES = "[{\"member\":\"Chris Board\",\"vote\":\"APPROVE\"}]";

    String step(String reference, String step, String json) {
        expect(as(Principal.SECAS).post("api/v1/modifications/" + reference + "/" + step, json), 200,
                step + " on " + reference);
        return reference;
    }

    private String awaitStage(String reference, String stage) {
        return await(reference + " at " + stage, () -> stage.equals(as(Principal.SECAS)
                .get("api/v1/modifications/" + reference).json().getString("stage")) ? Optional.of(reference)
                : Optional.empty());
    }

    /** A Draft Proposal raised by SECAS for Bright Energy on 7 January 2019 (so steps may be dated in 2019). */
    String draft() {
        return expect(as(Principal.SECAS).post("api/v1/modifications", "{\"title\":\"" + unique("Forged request ")
                + "\",\"issue\":\"Tried by every role\",\"proposerPartyId\":" + partyId("Bright Energy")
                + ",\"proposerPerson\":\"Sue Supplier\",\"raisedOn\":\"2019-01-07\"}"), 201, "a Draft Proposal").json()
                .getString("reference");
    }

    /** A Draft Proposal raised today by Bright Energy's supplier user (its Party is the Proposer). */
    String draftOfBrightEnergy() {
        return expect(as(Principal.SUPPLIER).post("api/v1/modifications", "{\"title\":\"" + unique("Forged request ")
                + "\",\"issue\":\"Raised by a Party\"}"), 201, "a Party's Draft Proposal").json().getString("reference");
    }

    String development() {
        return step(draft(), "precheck", "{\"date\":\"2019-01-08\",\"leadAnalyst\":\"Sam Analyst\",\"comments\":\"Clear\"}");
    }

    String awaitingConversion() {
        return step(development(), "problem-statement-agreed", "{\"date\":\"2019-01-09\"}");
    }

    String converted(String path, boolean urgent) {
        return step(awaitingConversion(), "conversion", "{\"date\":\"2019-01-10\",\"path\":\"" + path
                + "\",\"route\":\"REFINEMENT\",\"urgent\":" + urgent + "}");
    }

    String refinement() {
        return converted("PATH_2", false);
    }

    String reportPhase(String path) {
        return step(converted(path, false), "refinement-completed", "{\"date\":\"2019-01-11\"}");
    }

    /** Report approved on 14/01/2019: the consultation closed long ago, so the engine's timer moves the case on. */
    String changeBoard(String path) {
        return awaitStage(step(reportPhase(path), "report-approval", "{\"date\":\"2019-01-14\"}"), "CHANGE_BOARD");
    }

    String authorityDecision() {
        return step(changeBoard("PATH_2"), "change-board-vote", "{\"date\":\"2019-03-01\",\"votes\":" + VOTES + "}");
    }

    /** Path 3, voted today: the appeal window is open for 15 Working Days. */
    String appealWindow() {
        return step(changeBoard("PATH_3"), "change-board-vote", "{\"date\":\"" + today + "\",\"votes\":" + VOTES + "}");
    }

    String appeal() {
        return step(appealWindow(), "appeals", "{\"date\":\"" + today + "\",\"party\":\"Volt Supply\",\"reason\":\"x\"}");
    }

    String urgencyDecision() {
        return converted("PATH_2", true);
    }

    String fastTrack() {
        return expect(as(Principal.SECAS).post("api/v1/modifications/fast-track", "{\"title\":\""
                + unique("Forged Fast-Track ") + "\",\"issue\":\"Typographical errors\",\"solution\":\"Correct them\","
                + "\"proposerPartyId\":" + partyId("SEC Panel") + ",\"proposerPerson\":\"Panel Chair\"}"), 201,
                "a Fast-Track").json().getString("reference");
    }

    /** Decided unanimously today: the objection window is open for 15 Working Days. */
    String objectionWindow() {
        return step(fastTrack(), "fast-track-decision", "{\"date\":\"" + today + "\",\"votes\":[{\"member\":\"A\","
                + "\"vote\":\"APPROVE\"},{\"member\":\"B\",\"vote\":\"APPROVE\"},{\"member\":\"C\",\"vote\":\"APPROVE\"}]}");
    }

    /** Bright Energy's proposal, withdrawn today: another Party may adopt it. */
    String withdrawnAwaitingAdoption() {
        return step(draftOfBrightEnergy(), "withdrawal", "{\"date\":\"" + today + "\",\"reason\":\"No longer needed\"}");
    }

    String onHold() {
        return step(development(), "hold", "{\"date\":\"2019-02-01\",\"reason\":\"Waiting for a related case\"}");
    }
}
