package uk.secgov.modification;

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

/** SECAS raises a Draft Proposal and takes it to the CSC's agreement, the Panel converts it, the public register shows it. */
class ModificationBrowserIT extends BrowserTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void waitForMessage(String id, String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** Records a step on the case page, dated today; the page says how it went. */
    private void step(String button, String expected) {
        type("stepsForm:date", TODAY);
        driver.findElement(By.id("stepsForm:" + button)).click();
        waitForMessage("messages", expected);
    }

    @Test
    void secasRaisesADraftProposalThePanelConvertsItAndTheRegisterShowsItsTimeline() {
        String title = "Screen proposal " + UUID.randomUUID().toString().substring(0, 8);
        signIn("secas", "secas-password");
        driver.get(base + "secas/modifications.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Modifications");

        driver.findElement(By.id("raiseForm:raise")).click();
        Browser.waitForFieldMessage(driver, "raiseForm:title", "Give the proposal a title");

        type("raiseForm:title", title);
        type("raiseForm:issue", "The register needs a screen test");
        new Select(driver.findElement(By.id("raiseForm:party"))).selectByVisibleText("Bright Energy");
        type("raiseForm:person", "G. Hextall");
        type("raiseForm:onBehalfOf", "the SSC");
        driver.findElement(By.id("raiseForm:raise")).click();
        waitForMessage("messages", "raised; SECAS gives its pre-submission comments");
        String reference = driver.findElement(By.id("raiseForm:raisedLink")).getText();
        assertThat(reference).startsWith("DP");

        driver.findElement(By.id("raiseForm:raisedLink")).click();
        assertThat(Browser.pageTitle(driver)).contains(reference).contains(title);
        assertThat(driver.findElement(By.id("keyDates")).getText()).contains("SECAS pre-submission comments target")
                .contains("5 Working Days after");
        type("stepsForm:leadAnalyst", "Sam Analyst");
        type("stepsForm:precheckComments", "Clear problem statement");
        step("precheck", "Development Stage");
        type("stepsForm:developmentComments", "Needs one example");
        step("cscComment", "CSC comment recorded.");
        step("agreeProblemStatement", "the Panel can convert the proposal");
        Browser.screenshot(driver, "secas-modification-case");

        signIn("panel", "panel-password");
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        new Select(driver.findElement(By.id("stepsForm:path"))).selectByValue("PATH_3");
        new Select(driver.findElement(By.id("stepsForm:route"))).selectByValue("REFINEMENT");
        step("convert", "Converted.");
        String converted = "MP" + reference.substring(2);
        assertThat(driver.findElement(By.id("reference")).getText()).isEqualTo(converted);
        Browser.screenshot(driver, "panel-modification-convert");

        driver.manage().deleteAllCookies();
        driver.get(base + "modifications/index.xhtml");
        type("registerForm:text", title);
        driver.findElement(By.id("registerForm:filter")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("registerForm:cases")).getText().contains(converted));
        driver.findElement(By.linkText(converted)).click();
        assertThat(Browser.pageTitle(driver)).contains(converted);
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("Refinement Process");
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Draft Proposal raised", "SECAS pre-submission comments given",
                "Change Sub-Committee initial comment", "CSC agreed the problem statement", "Converted by the Panel",
                reference + " converted to " + converted);
        assertThat(driver.findElements(By.id("stepsForm"))).as("the public records nothing").isEmpty();
        Browser.screenshot(driver, "public-modification-case");
    }

    @Test
    void thePublicRegisterShowsTheDemoCasesAndMp087sKeyDates() {
        driver.manage().deleteAllCookies();
        driver.get(base + "modifications/case.xhtml?ref=MP087");
        assertThat(Browser.pageTitle(driver)).startsWith("MP087");
        assertThat(driver.findElement(By.id("keyDates")).getText()).contains("Fast-Track objection window ends")
                .contains("01/11/2019 17:00").contains("Earliest implementation date").contains("04/11/2019");
        assertThat(driver.findElement(By.id("targetRelease")).getText()).isEqualTo("November 2019 SEC Release");
        Browser.screenshot(driver, "public-mp087");
    }
}
