package uk.secgov.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/**
 * Issue 13 on the screen: SECAS appoints the Change Board's members (the demo user changeboard among them), schedules
 * a meeting, records who is present and opens a round on MP168; changeboard votes (and changes the vote) from their
 * home page; SECAS records the other members' votes from the meeting and closes the round; the meeting page shows the
 * outcome with its working and the rule version.
 */
class MeetingBrowserIT extends BrowserTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String chris = "Chris Board " + tag;
    private final String sally = "Sally Small " + tag;
    private final String nick = "Nick Network " + tag;
    private final String olga = "Olga Other " + tag;

    private void waitForMessage(String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement rowOf(String tableId, String text) {
        return driver.findElements(By.cssSelector("[id$='" + tableId + "'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(text)).findFirst().orElseThrow(() -> new AssertionError(
                        "no row of " + tableId + " shows " + text));
    }

    private void appoint(String seat, String name, String username) {
        new Select(driver.findElement(By.id("appointForm:seat"))).selectByVisibleText(seat);
        type("appointForm:personName", name);
        type("appointForm:username", username);
        type("appointForm:termFrom", "01/01/2020");
        driver.findElement(By.id("appointForm:appoint")).click();
        waitForMessage(name + " is appointed to " + seat + ".");
    }

    private void present(String name) {
        rowOf("attendanceForm:members", name).findElement(By.cssSelector("[id$=':present']")).click();
        waitForMessage(name + " is recorded present.");
    }

    private void choose(String tableId, String name, String choice) {
        rowOf(tableId, name).findElement(By.cssSelector("input[type=radio][value=" + choice + "]")).click();
    }

    @Test
    void secasRunsAChangeBoardMeetingAndAMemberVotesOnline() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String title = "Change Board " + tag;
        String question = "Approve MP168 for implementation? (" + tag + ")";

        signIn("secas", "secas-password");
        driver.get(base + "meetings/members.xhtml?body=CHANGE_BOARD");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Bodies and members");
        assertThat(driver.findElement(By.id("rules")).getText()).contains("Large Supplier: Large Supplier 1, Large Supplier 2");
        appoint("Large Supplier 1", chris, "changeboard");
        appoint("Small Supplier 1", sally, "");
        appoint("Electricity Network", nick, "");
        appoint("Other SEC Party 1", olga, "");
        assertThat(driver.findElement(By.id("members")).getText()).contains(chris + " changeboard");

        driver.get(base + "meetings/index.xhtml?body=CHANGE_BOARD");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Meetings");
        type("scheduleForm:title", title);
        type("scheduleForm:date", today);
        type("scheduleForm:startsAt", "10:00");
        driver.findElement(By.id("scheduleForm:schedule")).click();
        waitForMessage(title + " is scheduled for ");
        assertThat(Browser.pageTitle(driver)).isEqualTo(title);
        String meetingPage = driver.getCurrentUrl();
        assertThat(meetingPage).contains("id=");

        for (String member : new String[] {chris, sally, nick, olga}) {
            present(member);
        }
        type("observerForm:observerName", "Sam Secretariat");
        type("observerForm:organisation", "SECAS");
        driver.findElement(By.id("observerForm:observe")).click();
        waitForMessage("Sam Secretariat is recorded as an observer.");
        type("agendaForm:agendaTitle", "MP168 for decision");
        type("agendaForm:subject", "MP168");
        driver.findElement(By.id("agendaForm:addAgendaItem")).click();
        waitForMessage("The agenda item is added.");
        assertThat(driver.findElement(By.linkText("MP168")).getAttribute("href")).contains("modifications/case.xhtml?ref=MP168");
        type("minuteForm:minuteText", "The Board discussed MP168.");
        driver.findElement(By.id("minuteForm:addMinute")).click();
        waitForMessage("The minute is added.");
        new Select(driver.findElement(By.id("minuteForm:minuteSupersedes"))).selectByVisibleText("The Board discussed MP168.");
        type("minuteForm:minuteText", "The Board discussed MP168 and voted on it.");
        driver.findElement(By.id("minuteForm:addMinute")).click();
        waitForMessage("The corrected minute is added");
        assertThat(rowOf("minutes", "The Board discussed MP168.").getText()).contains("Superseded by a correction");

        type("roundForm:question", question);
        type("roundForm:subjectReference", "MP168");
        driver.findElement(By.id("roundForm:openRound")).click();
        waitForMessage("The vote round is open.");

        signIn("changeboard", "changeboard-password");
        driver.get(base + "changeboard/index.xhtml");
        assertThat(driver.findElement(By.id("votesTitle")).getText()).isEqualTo("Votes waiting for you");
        choose("myVotesForm:waiting", question, "REJECT");
        rowOf("myVotesForm:waiting", question).findElement(By.cssSelector("[id$=':vote']")).click();
        waitForMessage("Your vote is recorded: Reject.");
        assertThat(rowOf("myVotesForm:waiting", question).getText()).contains("Reject");
        choose("myVotesForm:waiting", question, "APPROVE");
        rowOf("myVotesForm:waiting", question).findElement(By.cssSelector("[id$=':vote']")).click();
        waitForMessage("Your vote is changed to Approve");
        assertThat(rowOf("myVotesForm:waiting", question).getText()).contains("Approve (changed 1 time)");
        Browser.screenshot(driver, "changeboard-votes-waiting");

        signIn("secas", "secas-password");
        driver.get(meetingPage);
        choose("toRecord", sally, "APPROVE");
        choose("toRecord", nick, "APPROVE");
        choose("toRecord", olga, "REJECT");
        driver.findElement(By.cssSelector("[id$='votesForm:recordVotes']")).click();
        waitForMessage("3 votes are recorded.");
        driver.findElement(By.cssSelector("[id$='votesForm:closeRound']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes"))).click();
        waitForMessage("The round is closed: approved.");

        String outcome = driver.findElement(By.cssSelector(".outcome")).getText();
        assertThat(outcome).contains("Outcome: Approved", "Change Board rule, version 1",
                "Quorum met: members voted in 4 of 5 groups", "Large Supplier: 1 approve, 0 reject, 0 abstain → approve",
                "Other SEC Parties: 0 approve, 1 reject, 0 abstain → reject", "Consumer: no votes",
                "3 of 4 groups approve → approved");
        assertThat(driver.findElement(By.cssSelector("[id$=':votes']")).getText()).contains(chris + " Approve",
                "by the member (a change: earlier votes kept)", sally + " Approve", "recorded by SECAS at the meeting");
        Browser.screenshotWholePage(driver, "secas-meeting");
    }

    @Test
    void aSupplierSitsOnNoBodyAndCannotScheduleAMeeting() {
        signIn("supplier", "supplier-password");
        driver.get(base + "meetings/index.xhtml");
        assertThat(driver.findElement(By.id("noBodies")).getText()).contains("You sit on no body");
        assertThat(driver.findElements(By.id("scheduleForm"))).isEmpty();
    }
}
