package uk.secgov.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.it.Api;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/**
 * The administrator proclaims a holiday on the calendar screen, the public count moves, and the
 * override is cancelled; a bad entry is explained beside its field and changes nothing; nobody else may do it.
 */
class CalendarBrowserIT extends BrowserTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private void waitForMessage(String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String countFromTheDayBefore(LocalDate day) {
        return Api.anonymous(base).get("api/v1/calendar/working-days?from=" + day.minusDays(1) + "&add=1").json()
                .getString("date");
    }

    private long overrideCount() {
        return Api.demo(base, "admin").get("api/v1/calendar/overrides").json().getJsonNumber("total").longValue();
    }

    @Test
    void anAdministratorProclaimsAHolidayAndCancelsIt() {
        LocalDate tuesday = LocalDate.of(2092, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        assertThat(countFromTheDayBefore(tuesday)).isEqualTo(tuesday.toString());

        signIn("admin", "admin-password");
        driver.get(base + "admin/calendar.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Working Day calendar");
        assertThat(driver.findElement(By.id("holidays")).getText()).contains("Jollyday (England & Wales)");

        long before = overrideCount();
        type("addForm:date", UK.format(tuesday));
        type("addForm:name", "Proclaimed holiday");
        driver.findElement(By.id("addForm:add")).click();
        Browser.waitForFieldMessage(driver, "addForm:reason", "Say why the calendar changes");
        assertThat(driver.findElement(By.id("addForm:reason")).findElement(By.xpath("following-sibling::*[1]"))
                .getAttribute("id")).as("the message right after its field").isEqualTo("addForm:reasonMessage");
        assertThat(Browser.fieldMessage(driver, "addForm:date")).as("no message on a good field").isBlank();
        type("addForm:date", "31/02/2092");
        type("addForm:reason", "Proclamation");
        driver.findElement(By.id("addForm:add")).click();
        Browser.waitForFieldMessage(driver, "addForm:date", "'31/02/2092' is not a date");
        assertThat(Browser.fieldMessage(driver, "addForm:reason")).as("the fixed field's message is gone").isBlank();
        assertThat(overrideCount()).isEqualTo(before);

        type("addForm:date", UK.format(tuesday));
        type("addForm:name", "Proclaimed holiday");
        type("addForm:reason", "Proclamation of the day");
        driver.findElement(By.id("addForm:add")).click();
        waitForMessage("Holiday 'Proclaimed holiday' added on " + UK.format(tuesday));

        assertThat(driver.findElement(By.id("holidays")).getText()).contains("Proclaimed holiday")
                .contains("Administrator override #");
        assertThat(driver.findElement(By.id("historyForm:history")).getText()).contains("Holiday added")
                .contains("Proclamation of the day").contains("In force");
        assertThat(countFromTheDayBefore(tuesday)).isEqualTo(tuesday.plusDays(1).toString());
        Browser.screenshot(driver, "admin-calendar");

        type("historyForm:cancelReason", "Proclamation withdrawn");
        driver.findElement(By.cssSelector("[id$=':cancel']")).click();
        waitForMessage("cancelled (record #");
        assertThat(driver.findElement(By.id("historyForm:history")).getText()).contains("Override cancelled")
                .contains("Cancelled by #");
        assertThat(countFromTheDayBefore(tuesday)).isEqualTo(tuesday.toString());
    }

    @Test
    void nobodyButAnAdministratorChangesTheCalendar() {
        signIn("supplier", "supplier-password");
        driver.get(base + "admin/calendar.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("You cannot open this page");

        String body = "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"2092-11-11\",\"name\":\"x\",\"reason\":\"y\"}";
        assertThat(Api.demo(base, "supplier").post("api/v1/calendar/overrides", body).status()).isEqualTo(403);
        assertThat(Api.anonymous(base).post("api/v1/calendar/overrides", body).status()).isEqualTo(401);
        Api.Reply bad = Api.demo(base, "admin").post("api/v1/calendar/overrides",
                "{\"kind\":\"ADD_HOLIDAY\",\"date\":\"2092-11-11\",\"name\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(Api.anonymous(base).get("api/v1/calendar/holidays?year=2092").body()).doesNotContain("2092-11-11");
    }
}
