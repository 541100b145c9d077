package uk.secgov.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * Meetings and votes over HTTP: SECAS keeps a Change Board meeting and its round, a member casts and changes their own
 * vote, SECAS records the votes of the members present and closes the round, and the outcome comes back with its
 * working; who may see and do what; the demo's Panel meeting of 11 October 2019 (MP087).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingApiIT {

    private static final String BOARD = "api/v1/bodies/CHANGE_BOARD";

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private long appointment(String personName) {
        return Api.demo(base, "secas").get(BOARD).json().getJsonArray("members").getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("personName").equals(personName)).findFirst().orElseThrow()
                .getJsonNumber("appointment").longValue();
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    private static JsonObject voteOf(JsonObject round, String personName) {
        return round.getJsonArray("votes").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("personName").equals(personName)).findFirst().orElseThrow();
    }

    private List<Long> waitingFor(Api member) {
        return expect(member.get("api/v1/me/vote-rounds"), 200).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aChangeBoardRoundFromSchedulingToItsOutcomeWithTheMembersOwnVoteAndTheMeetingsVotes() {
        Api secas = Api.demo(base, "secas");
        Api chris = Api.demo(base, "changeboard");
        String title = "Change Board " + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        JsonObject meeting = expect(secas.post("api/v1/meetings", "{\"bodyKey\":\"CHANGE_BOARD\",\"title\":\"" + title
                + "\",\"date\":\"" + today + "\",\"startsAt\":\"10:00\"}"), 201).json();
        long meetingId = meeting.getJsonNumber("id").longValue();
        for (String member : List.of("Chris Board", "Lena Watts", "Priya Shah", "Gareth Evans", "Omar Clarke",
                "Helen Price")) {
            expect(secas.post("api/v1/meetings/" + meetingId + "/attendance", "{\"appointment\":" + appointment(member)
                    + ",\"attendance\":\"PRESENT\"}"), 200);
        }
        JsonObject attended = expect(secas.post("api/v1/meetings/" + meetingId + "/attendance", "{\"appointment\":"
                + appointment("Tom Hughes") + ",\"attendance\":\"APOLOGIES\"}"), 200).json();
        assertThat(attended.getJsonArray("attendance")).hasSize(7);
        assertThat(attended.getJsonArray("attendance").getJsonObject(6).getString("attendanceLabel"))
                .isEqualTo("Apologies");

        JsonObject opened = expect(secas.post("api/v1/vote-rounds", "{\"bodyKey\":\"CHANGE_BOARD\",\"question\":"
                + "\"Approve the Modification Report?\",\"subjectReference\":\"MP168\",\"meetingId\":" + meetingId
                + "}"), 201).json();
        long round = opened.getJsonNumber("id").longValue();
        assertThat(opened.getJsonArray("entitled")).hasSize(6);
        assertThat(waitingFor(chris)).contains(round);

        expect(chris.post("api/v1/vote-rounds/" + round + "/votes", "{\"choice\":\"APPROVE\"}"), 200);
        JsonObject changed = expect(chris.post("api/v1/vote-rounds/" + round + "/votes", "{\"choice\":\"REJECT\"}"),
                200).json();
        JsonObject chrisVote = voteOf(changed, "Chris Board");
        assertThat(chrisVote.getString("choice")).isEqualTo("REJECT");
        assertThat(chrisVote.getString("choiceLabel")).isEqualTo("Reject");
        assertThat(chrisVote.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("choice")).containsExactly("APPROVE", "REJECT");
        assertThat(waitingFor(chris)).doesNotContain(round);

        expect(secas.post("api/v1/vote-rounds/" + round + "/meeting-votes", "{\"votes\":[{\"appointment\":"
                + appointment("Lena Watts") + ",\"choice\":\"APPROVE\"},{\"appointment\":" + appointment("Priya Shah")
                + ",\"choice\":\"APPROVE\"},{\"appointment\":" + appointment("Gareth Evans") + ",\"choice\":\"APPROVE\"},"
                + "{\"appointment\":" + appointment("Omar Clarke") + ",\"choice\":\"approve\"},{\"appointment\":"
                + appointment("Helen Price") + ",\"choice\":\"ABSTAIN\"}]}"), 200);
        JsonObject closed = expect(secas.post("api/v1/vote-rounds/" + round + "/closure", "{}"), 200).json();

        JsonObject outcome = closed.getJsonObject("outcome");
        assertThat(outcome.getBoolean("closed")).isTrue();
        assertThat(outcome.getBoolean("quorumMet")).isTrue();
        assertThat(outcome.getString("result")).isEqualTo("APPROVED");
        assertThat(outcome.getString("resultLabel")).isEqualTo("Approved");
        assertThat(outcome.getInt("ruleVersion")).isEqualTo(closed.getJsonObject("ruleVersion").getInt("version"));
        assertThat(outcome.getString("working")).contains("Quorum met: members voted in 5 of 5 groups (3 needed)",
                "Large Supplier: 1 approve, 1 reject, 0 abstain → tied", "Consumer: 0 approve, 0 reject, 1 abstain",
                "3 of 4 groups approve → approved");
        assertThat(voteOf(closed, "Lena Watts").getString("sourceLabel")).isEqualTo("Recorded from the meeting");
        JsonObject detail = expect(chris.get("api/v1/meetings/" + meetingId), 200).json();
        assertThat(detail.getJsonArray("rounds").getJsonObject(0).getString("resultLabel")).isEqualTo("Approved");

        expect(chris.post("api/v1/vote-rounds/" + round + "/votes", "{\"choice\":\"APPROVE\"}"), 409);
    }

    @Test
    void eachRefusalSaysWhyWithItsStatus() {
        Api secas = Api.demo(base, "secas");
        Api chris = Api.demo(base, "changeboard");
        Api supplier = Api.demo(base, "supplier");
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        long meetingId = expect(secas.post("api/v1/meetings", "{\"bodyKey\":\"CHANGE_BOARD\",\"title\":\"Refusals\","
                + "\"date\":\"" + today + "\",\"startsAt\":\"14:30\"}"), 201).json().getJsonNumber("id").longValue();
        expect(secas.post("api/v1/meetings/" + meetingId + "/attendance", "{\"appointment\":"
                + appointment("Chris Board") + ",\"attendance\":\"PRESENT\"}"), 200);
        long round = expect(secas.post("api/v1/vote-rounds", "{\"bodyKey\":\"CHANGE_BOARD\",\"question\":\"Q?\","
                + "\"meetingId\":" + meetingId + "}"), 201).json().getJsonNumber("id").longValue();

        // A supplier cannot open a round, nor see the Board's meetings and rounds; nobody anonymous sees anything.
        expect(supplier.post("api/v1/vote-rounds", "{\"bodyKey\":\"CHANGE_BOARD\",\"question\":\"Mine?\"}"), 403);
        expect(supplier.get("api/v1/vote-rounds/" + round), 404);
        expect(supplier.get("api/v1/meetings/" + meetingId), 404);
        expect(supplier.get("api/v1/meetings?body=CHANGE_BOARD"), 403);
        Api.Reply anonymous = expect(Api.anonymous(base).get("api/v1/meetings?body=CHANGE_BOARD"), 401);
        assertThat(anonymous.challenge()).startsWith("Basic");
        expect(Api.anonymous(base).get("api/v1/bodies"), 401);
        // The member votes only for themself: not another member's vote from the meeting, not on another body.
        expect(chris.post("api/v1/vote-rounds/" + round + "/meeting-votes", "{\"votes\":[{\"appointment\":"
                + appointment("Lena Watts") + ",\"choice\":\"APPROVE\"}]}"), 403);
        expect(secas.post("api/v1/vote-rounds/" + round + "/votes", "{\"choice\":\"APPROVE\"}"), 403);
        // SECAS records only the votes of members present (Lena Watts is not), with a choice.
        Api.Reply absent = expect(secas.post("api/v1/vote-rounds/" + round + "/meeting-votes", "{\"votes\":[{"
                + "\"appointment\":" + appointment("Lena Watts") + ",\"choice\":\"APPROVE\"}]}"), 400);
        assertThat(absent.body()).contains("Lena Watts is not recorded as present");
        expect(chris.post("api/v1/vote-rounds/" + round + "/votes", "{\"choice\":\"MAYBE\"}"), 400);
        expect(secas.get("api/v1/vote-rounds/999999999"), 404);
        // A cancelled meeting takes nothing more.
        expect(secas.post("api/v1/meetings/" + meetingId + "/cancellation", "{\"reason\":\"No quorum expected\"}"),
                200);
        expect(secas.post("api/v1/meetings/" + meetingId + "/minutes", "{\"text\":\"Late minute\"}"), 409);
        assertThat(expect(secas.get("api/v1/vote-rounds/" + round), 200).json().getJsonArray("votes")).isEmpty();
    }

    @Test
    void theDemoPanelApprovedMp087sFastTrackUnanimouslyOn11October2019() {
        Api panel = Api.demo(base, "panel");
        JsonObject body = expect(panel.get("api/v1/bodies/PANEL"), 200).json();
        assertThat(body.getJsonArray("ruleVersions").getJsonObject(0).getString("aggregation"))
                .isEqualTo("UNANIMITY_OF_PRESENT");
        JsonObject meeting = expect(panel.get("api/v1/meetings?body=PANEL&when=past&size=500"), 200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("date").equals("2019-10-11")).findFirst().orElseThrow();
        JsonObject detail = expect(panel.get("api/v1/meetings/" + meeting.getJsonNumber("id")), 200).json();
        assertThat(detail.getJsonArray("agenda").getJsonObject(0).getString("subjectReference")).isEqualTo("MP087");
        long round = detail.getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject outcome = expect(panel.get("api/v1/vote-rounds/" + round), 200).json().getJsonObject("outcome");

        assertThat(outcome.getString("result")).isEqualTo("APPROVED");
        assertThat(outcome.getString("working")).contains("5 of 5 members present approve → approved");
        // The Change Board's demo round on MP168's report waits for Chris Board's vote; the Panel's member sees none.
        assertThat(expect(Api.demo(base, "changeboard").get("api/v1/me/vote-rounds"), 200).structure().asJsonArray()
                .getValuesAs(JsonObject.class)).anySatisfy(r -> assertThat(r.getString("subjectReference"))
                        .isEqualTo("MP168"));
        expect(panel.get("api/v1/meetings?body=CHANGE_BOARD"), 403);
    }
}
