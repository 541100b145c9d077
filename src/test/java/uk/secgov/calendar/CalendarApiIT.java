package uk.secgov.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/** The Working Day calendar over HTTP: public arithmetic and holidays, administrators' overrides, every refusal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private Api.Reply workingDays(Api caller, String query) {
        return caller.get("api/v1/calendar/working-days?" + query);
    }

    @Test
    void anyoneAddsWorkingDaysAndHearsWhichDaysWereSkipped() {
        Api.Reply reply = workingDays(Api.anonymous(base), "from=2022-09-16&add=1");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject answer = reply.json();
        assertThat(answer.getString("date")).isEqualTo("2022-09-20");
        assertThat(answer.getString("closesAt")).isEqualTo("2022-09-20T17:00:00+01:00");
        assertThat(answer.getJsonArray("skipped")).hasSize(3);
        assertThat(answer.getJsonArray("skipped").getJsonObject(2).getString("reason"))
                .isEqualTo("bank holiday: Bank Holiday for the State Funeral of Queen Elizabeth II");
        assertThat(answer.getString("explanation")).startsWith("1 Working Day after Fri 16/09/2022");
    }

    @Test
    void theWorkedExamplesHoldInTheDeployedApplication() {
        Api anyone = Api.anonymous(base);
        assertThat(workingDays(anyone, "from=2019-10-11&add=15").json().getString("date")).isEqualTo("2019-11-01");
        assertThat(workingDays(anyone, "from=2020-04-30&add=5").json().getString("date")).isEqualTo("2020-05-07");
        assertThat(workingDays(anyone, "from=2023-04-24&add=10").json().getString("date")).isEqualTo("2023-05-10");
        assertThat(workingDays(anyone, "from=2024-12-20&add=5").json().getString("date")).isEqualTo("2024-12-31");
    }

    @Test
    void badQuestionsGetA400NamingTheProblem() {
        Api anyone = Api.anonymous(base);

        Api.Reply missing = workingDays(anyone, "add=3");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");
        assertThat(workingDays(anyone, "from=16/09/2022&add=1").body()).contains("from must be a date as YYYY-MM-DD");
        assertThat(workingDays(anyone, "from=2022-02-30&add=1").status()).isEqualTo(400);
        assertThat(workingDays(anyone, "from=2022-09-16&add=-1").body()).contains("add must be from 0 to 1000");
        assertThat(workingDays(anyone, "from=2022-09-16&add=1001").body()).contains("but was 1001");
        assertThat(workingDays(anyone, "from=2022-09-16&add=99999999999").body()).contains("add must be a whole number");
        assertThat(workingDays(anyone, "").json().getJsonArray("errors")).hasSize(2);
        assertThat(workingDays(anyone, "from=1900-01-01&add=1").body()).contains("covers 1970 to 2199 only");
        assertThat(anyone.get("api/v1/calendar/holidays?year=twenty").status()).isEqualTo(400);
        assertThat(anyone.get("api/v1/calendar/holidays").status()).isEqualTo(400);
    }

    @Test
    void anyoneListsAYearsHolidaysWithTheirSource() {
        JsonObject year = Api.anonymous(base).get("api/v1/calendar/holidays?year=2022").json();

        assertThat(year.getJsonArray("holidays").getValuesAs(JsonObject.class))
                .anySatisfy(h -> {
                    assertThat(h.getString("date")).isEqualTo("2022-09-19");
                    assertThat(h.getString("source")).isEqualTo("JOLLYDAY");
                }).hasSize(10);
    }

    @Test
    void anAdministratorProclaimsAHolidayWhichMovesTheCountAndCancelsIt() {
        Api admin = Api.demo(base, "admin");
        LocalDate wednesday = LocalDate.of(2091, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        String question = "from=" + wednesday.minusDays(1) + "&add=1";
        assertThat(workingDays(admin, question).json().getString("date")).isEqualTo(wednesday.toString());

        Api.Reply added = admin.post("api/v1/calendar/overrides", "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"" + wednesday
                + "\",\"name\":\"Proclaimed holiday\",\"reason\":\"Proclamation of the day\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        assertThat(added.json().getString("recordedBy")).isEqualTo("admin");
        JsonObject moved = workingDays(Api.anonymous(base), question).json();
        assertThat(moved.getString("date")).isEqualTo(wednesday.plusDays(1).toString());
        assertThat(moved.getString("explanation")).contains("holiday added by override #" + id + ": Proclaimed holiday");
        assertThat(admin.get("api/v1/calendar/holidays?year=2091").body()).contains("\"source\":\"OVERRIDE\"");

        Api.Reply cancelled = admin.post("api/v1/calendar/overrides",
                "{\"kind\":\"CANCELLATION\",\"cancels\":" + id + ",\"reason\":\"Entered by mistake\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(201);
        assertThat(workingDays(admin, question).json().getString("date")).isEqualTo(wednesday.toString());
        assertThat(admin.get("api/v1/calendar/overrides?size=500").body()).contains("\"cancelledBy\":"
                + cancelled.json().getJsonNumber("id").longValue());
    }

    @Test
    void aRefusedOverrideChangesNothing() {
        Api admin = Api.demo(base, "admin");
        long before = admin.get("api/v1/calendar/overrides").json().getJsonNumber("total").longValue();

        Api.Reply weekend = admin.post("api/v1/calendar/overrides",
                "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"2091-06-02\",\"name\":\"x\",\"reason\":\"y\"}");
        Api.Reply noReason = admin.post("api/v1/calendar/overrides",
                "{\"kind\":\"REMOVE_HOLIDAY\",\"date\":\"2091-12-25\"}");
        Api.Reply badKind = admin.post("api/v1/calendar/overrides", "{\"kind\":\"EDIT\",\"date\":\"2091-12-25\"}");
        Api.Reply unknown = admin.post("api/v1/calendar/overrides",
                "{\"kind\":\"CANCELLATION\",\"cancels\":999999,\"reason\":\"y\"}");

        assertThat(weekend.status()).isEqualTo(400);
        assertThat(weekend.body()).contains("is a weekend day");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(badKind.body()).contains("The kind must be ADD_HOLIDAY, REMOVE_HOLIDAY or CANCELLATION");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(admin.get("api/v1/calendar/overrides").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsRecordOrReadOverrides() {
        String body = "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"2091-11-07\",\"name\":\"x\",\"reason\":\"y\"}";
        for (String user : new String[] {"supplier", "secas", "panel"}) {
            assertThat(Api.demo(base, user).post("api/v1/calendar/overrides", body).status()).as(user).isEqualTo(403);
            assertThat(Api.demo(base, user).get("api/v1/calendar/overrides").status()).as(user).isEqualTo(403);
        }
        Api.Reply anonymous = Api.anonymous(base).post("api/v1/calendar/overrides", body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).startsWith("Basic");
        assertThat(Api.demo(base, "admin").get("api/v1/calendar/holidays?year=2091").body()).doesNotContain("2091-11-07");
    }
}
