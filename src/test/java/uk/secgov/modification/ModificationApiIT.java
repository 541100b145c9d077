package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/** The modification register over HTTP: MP087 recorded as it happened, who may see and do what, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModificationApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private long partyId(String name) {
        return Api.demo(base, "admin").get("api/v1/parties?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals(name)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject keyDate(JsonObject detail, String kind) {
        return detail.getJsonArray("keyDates").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    private String raiseFastTrack(Api secas, String title) {
        Api.Reply raised = secas.post("api/v1/modifications/fast-track", "{\"title\":\"" + title + "\","
                + "\"issue\":\"Typographical errors in Section H\",\"solution\":\"Correct them\","
                + "\"impactedCategories\":[\"LARGE_SUPPLIER\",\"DCC\"],\"documentsAffected\":[\"Section H\"],"
                + "\"proposerPartyId\":" + partyId("SEC Panel") + ",\"proposerPerson\":\"Panel Chair\","
                + "\"raisedOn\":\"2019-09-30\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().getString("reference");
    }

    @Test
    void aUnanimousFastTrackRecordedWithMeetingDate11October2019ReproducesMp087() throws InterruptedException {
        Api secas = Api.demo(base, "secas");
        String reference = raiseFastTrack(secas, "MP087-like typo fixes");
        assertThat(reference).startsWith("MP");

        Api.Reply decided = secas.post("api/v1/modifications/" + reference + "/fast-track-decision",
                "{\"date\":\"2019-10-11\",\"votes\":[{\"member\":\"A\",\"vote\":\"APPROVE\"},"
                        + "{\"member\":\"B\",\"vote\":\"APPROVE\"},{\"member\":\"C\",\"vote\":\"APPROVE\"}]}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonObject detail = decided.json();
        JsonObject window = keyDate(detail, "OBJECTION_WINDOW_END");
        assertThat(window.getString("dueDate")).isEqualTo("2019-11-01");
        assertThat(window.getString("due")).isEqualTo("2019-11-01T17:00:00Z");
        assertThat(window.getString("anchor")).isEqualTo("2019-10-11");
        assertThat(window.getInt("workingDays")).isEqualTo(15);
        assertThat(window.getString("explanation")).contains("15 Working Days after Fri 11/10/2019");
        assertThat(keyDate(detail, "EARLIEST_IMPLEMENTATION").getString("dueDate")).isEqualTo("2019-11-04");
        assertThat(detail.getString("targetRelease")).isEqualTo("November 2019 SEC Release");
        List<JsonObject> timeline = detail.getJsonArray("timeline").getValuesAs(JsonObject.class);
        JsonObject decision = timeline.get(timeline.size() - 1);
        assertThat(decision.getString("occurredOn")).isEqualTo("2019-10-11");
        assertThat(decision.getJsonArray("votes")).hasSize(3);

        // The window ran out long ago: the engine's timers close it and implement the case on the release date.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> Api.anonymous(base)
                        .get("api/v1/modifications/" + reference).json().getString("stage").equals("IMPLEMENTED"));
        JsonObject now = Api.anonymous(base).get("api/v1/modifications/" + reference).json();
        assertThat(now.getString("stage")).isEqualTo("IMPLEMENTED");
        assertThat(now.getString("implementationDate")).isEqualTo("2019-11-29");
        assertThat(keyDate(now, "OBJECTION_WINDOW_END").getString("dueDate")).isEqualTo("2019-11-01");
        assertThat(now.getJsonArray("timeline").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
                .containsSubsequence("RAISED_FAST_TRACK", "FAST_TRACK_DECIDED", "OBJECTION_WINDOW_CLOSED", "SCHEDULED",
                        "IMPLEMENTED");
    }

    @Test
    void aPartysDraftIsItsOwnUntilSecasHasCommentedThenItIsPublic() {
        Api supplier = Api.demo(base, "supplier");
        String title = "Supplier draft " + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Reply raised = supplier.post("api/v1/modifications", "{\"title\":\"" + title + "\","
                + "\"issue\":\"Something is unclear\",\"onBehalfOf\":\"the SSC\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String reference = raised.json().getString("reference");
        assertThat(reference).startsWith("DP");
        assertThat(raised.json().getString("proposerParty")).isEqualTo("Bright Energy");
        assertThat(raised.json().getString("proposerPerson")).isEqualTo("Sue Supplier");

        assertThat(supplier.get("api/v1/modifications/" + reference).status()).isEqualTo(200);
        assertThat(Api.demo(base, "supplier2").get("api/v1/modifications/" + reference).status()).isEqualTo(404);
        assertThat(Api.anonymous(base).get("api/v1/modifications/" + reference).status()).isEqualTo(404);
        assertThat(Api.anonymous(base).get("api/v1/modifications?text=" + title.replace(" ", "%20")).json().getJsonNumber("total")
                .longValue()).isZero();
        assertThat(Api.demo(base, "panel").get("api/v1/modifications/" + reference).status()).isEqualTo(200);

        Api.Reply commented = Api.demo(base, "secas").post("api/v1/modifications/" + reference + "/precheck",
                "{\"leadAnalyst\":\"Sam Analyst\",\"comments\":\"Clear\",\"date\":\""
                        + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        assertThat(commented.json().getString("stage")).isEqualTo("DEVELOPMENT");
        assertThat(Api.anonymous(base).get("api/v1/modifications/" + reference).status()).isEqualTo(200);
    }

    @Test
    void eachStepIsForItsRoleAndAnonymousCallersMustSignIn() {
        String body = "{\"title\":\"t\",\"issue\":\"i\"}";
        assertThat(Api.anonymous(base).post("api/v1/modifications", body).status()).isEqualTo(401);
        assertThat(Api.demo(base, "supplier").post("api/v1/modifications/fast-track", body).status()).isEqualTo(403);
        assertThat(Api.demo(base, "manufacturer").post("api/v1/modifications", body).status()).isEqualTo(403);
        String reference = raiseFastTrack(Api.demo(base, "secas"), "Role checks");
        String votes = "{\"date\":\"2019-10-11\",\"votes\":[{\"member\":\"A\",\"vote\":\"APPROVE\"}]}";
        assertThat(Api.demo(base, "changeboard").post("api/v1/modifications/" + reference + "/fast-track-decision",
                votes).status()).isEqualTo(403);
        assertThat(Api.demo(base, "supplier").post("api/v1/modifications/" + reference + "/withdrawal",
                "{\"date\":\"2019-10-01\",\"reason\":\"not mine\"}").status()).isEqualTo(403);
        assertThat(Api.anonymous(base).get("api/v1/modifications/DP9999").status()).isEqualTo(404);
        assertThat(Api.anonymous(base).get("api/v1/modifications/nonsense").status()).isEqualTo(400);
    }

    @Test
    void aLifecycleTaskCannotBeCompletedFromTheInboxWithoutRecordingItsStep() {
        Api secas = Api.demo(base, "secas");
        String reference = raiseFastTrack(secas, "Inbox guard");
        Api panel = Api.demo(base, "panel");
        JsonObject task = panel.get("api/v1/tasks?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("name").startsWith("Decide the Fast-Track")).findFirst().orElseThrow();

        Api.Reply completed = panel.post("api/v1/tasks/" + task.getString("id") + "/complete", "{}");

        assertThat(completed.status()).as(completed.body()).isEqualTo(409);
        assertThat(completed.json().getString("detail")).contains("recording it on MP");
        assertThat(panel.get("api/v1/tasks/" + task.getString("id")).status()).as("the task is still open").isEqualTo(200);
        assertThat(secas.get("api/v1/modifications/" + reference).json().getString("stage"))
                .isEqualTo("FAST_TRACK_DECISION");
    }

    @Test
    void badInputIsExplainedAndChangesNothing() {
        Api secas = Api.demo(base, "secas");
        String reference = raiseFastTrack(secas, "Bad input checks");
        int before = secas.get("api/v1/modifications/" + reference).json().getJsonArray("timeline").size();

        Api.Reply noTitle = secas.post("api/v1/modifications", "{\"issue\":\" \",\"impactedCategories\":[\"PLUMBERS\"]}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("impactedCategories", "title", "issue", "proposerPartyId");
        Api.Reply future = secas.post("api/v1/modifications/" + reference + "/fast-track-decision",
                "{\"date\":\"2999-01-01\",\"votes\":[{\"member\":\"A\",\"vote\":\"APPROVE\"}]}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getString("detail")).contains("in the future");
        assertThat(secas.post("api/v1/modifications/" + reference + "/fast-track-decision",
                "{\"date\":\"11/10/2019\"}").status()).isEqualTo(400);
        assertThat(secas.post("api/v1/modifications/" + reference + "/fast-track-decision",
                "{\"date\":\"2019-10-11\",\"votes\":[{\"member\":\"A\",\"vote\":\"MAYBE\"}]}").status()).isEqualTo(400);
        Api.Reply wrongStage = secas.post("api/v1/modifications/" + reference + "/report-approval",
                "{\"date\":\"2019-10-11\"}");
        assertThat(wrongStage.status()).isEqualTo(409);
        assertThat(wrongStage.json().getString("detail")).contains("Fast-Track: awaiting the Panel's decision");
        assertThat(secas.get("api/v1/modifications?stage=NOWHERE").status()).isEqualTo(400);

        assertThat(secas.get("api/v1/modifications/" + reference).json().getJsonArray("timeline")).hasSize(before);
        assertThat(secas.get("api/v1/modifications?path=FAST_TRACK&text=" + reference).json()
                .getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(secas.get("api/v1/modifications?category=DCC&stage=FAST_TRACK_DECISION&text=" + reference).json()
                .getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(secas.get("api/v1/modifications?category=GAS_NETWORK_OPERATOR&text=" + reference).json()
                .getJsonNumber("total").longValue()).isZero();
        assertThat(Api.anonymous(base).get("api/v1/modifications/key-dates.ics", "text/calendar").body())
                .startsWith("BEGIN:VCALENDAR");
        assertThat(Api.anonymous(base).get("api/v1/modifications/updates.atom", "application/atom+xml").body())
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains(reference + ": Fast-Track Modification Proposal raised");
    }
}
