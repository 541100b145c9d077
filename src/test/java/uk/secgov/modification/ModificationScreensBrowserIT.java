package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import uk.secgov.it.Api;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/**
 * The screens for steps that once worked only through the API: a Proposer withdraws their own case
 * (and nobody else's), another Party adopts it, SECAS supersedes a case and uploads classified
 * documents, the register filters by release; and the generic task page explains a refusal.
 */
class ModificationScreensBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void waitForMessage(String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    /** A Draft Proposal raised by the supplier's user for Bright Energy, past SECAS's pre-check (so public). */
    private String publicDraftOfBrightEnergy(String title) {
        Api.Reply raised = Api.demo(base, "supplier").post("api/v1/modifications", "{\"title\":\"" + title
                + "\",\"issue\":\"An issue to follow\",\"impactedCategories\":[\"LARGE_SUPPLIER\"]}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String reference = raised.json().getString("reference");
        Api.Reply commented = Api.demo(base, "secas").post("api/v1/modifications/" + reference + "/precheck",
                "{\"leadAnalyst\":\"Sam Analyst\",\"comments\":\"Clear\",\"date\":\"" + TODAY + "\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        return reference;
    }

    @Test
    void aProposerWithdrawsTheirOwnCaseOnlyAndAnotherPartyAdoptsIt() {
        String reference = publicDraftOfBrightEnergy("Withdraw on screen " + UUID.randomUUID().toString().substring(0, 8));

        signIn("supplier2", "supplier2-password");
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        assertThat(driver.findElements(By.id("proposerForm:withdrawOwn"))).as("not Volt Supply's case to withdraw").isEmpty();

        signIn("supplier", "supplier-password");
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        driver.findElement(By.id("proposerForm:withdrawOwn")).click();
        Browser.waitForFieldMessage(driver, "proposerForm:withdrawReason", "Say why the Proposer withdraws");
        type("proposerForm:withdrawReason", "Our needs changed");
        driver.findElement(By.id("proposerForm:withdrawOwn")).click();
        waitForMessage("Withdrawn.");
        assertThat(driver.findElement(By.id("stage")).getText()).contains("withdrawn: open for adoption");
        assertThat(driver.findElements(By.id("proposerForm:adoptOwn"))).as("the withdrawing Party cannot adopt").isEmpty();
        Browser.screenshot(driver, "proposer-modification-withdrawn");

        signIn("supplier2", "supplier2-password");
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        driver.findElement(By.id("proposerForm:adoptOwn")).click();
        waitForMessage("Your Party has adopted the proposal");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Vic Volt (Volt Supply)");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Withdrawn by", "Adopted by Vic Volt");
    }

    @Test
    void secasSupersedesACaseAndUploadsDocumentsOfWhichThePublicSeesOnlyWhiteOnes() throws Exception {
        String successor = publicDraftOfBrightEnergy("Successor " + UUID.randomUUID().toString().substring(0, 8));
        String reference = publicDraftOfBrightEnergy("Documented " + UUID.randomUUID().toString().substring(0, 8));
        Path report = Files.createTempFile("wtmod-report", ".txt");
        Files.writeString(report, "Modification Report text");

        signIn("secas", "secas-password");
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        driver.findElement(By.id("uploadForm:uploadDocument")).click();
        Browser.waitForFieldMessage(driver, "uploadForm:documentTitle", "Give the document a title");
        type("uploadForm:documentTitle", "Modification Report");
        new Select(driver.findElement(By.id("uploadForm:documentClassification"))).selectByValue("WHITE");
        driver.findElement(By.id("uploadForm:documentFile")).sendKeys(report.toString());
        driver.findElement(By.id("uploadForm:uploadDocument")).click();
        waitForMessage("version 1 stored (WHITE");
        type("uploadForm:documentTitle", "DCC cost breakdown");
        new Select(driver.findElement(By.id("uploadForm:documentClassification"))).selectByValue("AMBER");
        driver.findElement(By.id("uploadForm:documentFile")).sendKeys(report.toString());
        driver.findElement(By.id("uploadForm:uploadDocument")).click();
        waitForMessage("version 1 stored (AMBER");
        assertThat(driver.findElement(By.id("documentsForm:documents")).getText()).contains("Modification Report",
                "DCC cost breakdown");
        Browser.screenshot(driver, "secas-modification-documents");

        type("stepsForm:date", TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        type("stepsForm:successor", successor);
        driver.findElement(By.id("stepsForm:supersede")).click();
        waitForMessage("Recorded as superseded.");
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("Superseded");

        driver.manage().deleteAllCookies();
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        String documents = driver.findElement(By.id("documentsForm:documents")).getText();
        assertThat(documents).contains("Modification Report").doesNotContain("DCC cost breakdown");
        assertThat(driver.findElements(By.id("uploadForm"))).isEmpty();
        assertThat(driver.findElement(By.id("main")).getText()).contains("Superseded by " + successor);
        JsonObject listed = Api.anonymous(base).get("api/v1/modifications/" + reference + "/documents").structure()
                .asJsonArray().getJsonObject(0);
        assertThat(listed.getString("title")).isEqualTo("Modification Report");
        Api.Reply file = Api.anonymous(base).get("api/v1/modifications/" + reference + "/documents/"
                + listed.getJsonNumber("id").longValue(), "*/*");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("Modification Report text");
        JsonObject amber = Api.demo(base, "panel").get("api/v1/modifications/" + reference + "/documents").structure()
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("classification").equals("AMBER")).findFirst().orElseThrow();
        String amberPath = "api/v1/modifications/" + reference + "/documents/" + amber.getJsonNumber("id").longValue();
        assertThat(Api.anonymous(base).get(amberPath, "*/*").status()).isEqualTo(404);
        assertThat(Api.demo(base, "supplier").get(amberPath, "*/*").status()).isEqualTo(404);
        assertThat(Api.demo(base, "changeboard").get(amberPath, "*/*").status()).isEqualTo(200);
    }

    @Test
    void secasReadsTheMonthlySubCommitteePaperAndAPartyUserCannotOpenIt() {
        String title = "Paper " + UUID.randomUUID().toString().substring(0, 8);
        String reference = publicDraftOfBrightEnergy(title);

        signIn("supplier", "supplier-password");
        driver.get(base + "secas/sub-committee-paper.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("You cannot open this page");

        signIn("secas", "secas-password");
        driver.get(base + "secas/sub-committee-paper.xhtml");
        type("paperForm:month", "June 2021");
        driver.findElement(By.id("paperForm:show")).click();
        waitForMessage("is not a month: write it as YYYY-MM");
        type("paperForm:month", java.time.YearMonth.from(TODAY).toString());
        driver.findElement(By.id("paperForm:show")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("raised")).getText().contains(reference));
        assertThat(driver.findElement(By.id("raised")).getText()).contains(title, "Sue Supplier (Bright Energy)",
                "Sam Analyst", "An issue to follow");
        Browser.screenshot(driver, "secas-sub-committee-paper");
    }

    @Test
    void secasSetsACasesTargetReleaseAndTheRegisterFindsItByThatRelease() {
        String title = "Aimed " + UUID.randomUUID().toString().substring(0, 8);
        String reference = publicDraftOfBrightEnergy(title);

        signIn("secas", "secas-password");
        driver.get(base + "modifications/case.xhtml?ref=" + reference);
        driver.findElement(By.id("stepsForm:chooseRelease")).click();
        Browser.waitForFieldMessage(driver, "stepsForm:release", "Choose the SEC Release.");
        Select releases = new Select(driver.findElement(By.id("stepsForm:release")));
        releases.selectByIndex(1);
        String release = releases.getFirstSelectedOption().getText().replaceAll(" \\(.*\\)$", "");
        driver.findElement(By.id("stepsForm:chooseRelease")).click();
        waitForMessage("Target release recorded.");
        assertThat(driver.findElement(By.id("targetRelease")).getText()).isEqualTo(release);

        driver.manage().deleteAllCookies();
        driver.get(base + "modifications/index.xhtml");
        new Select(driver.findElement(By.id("registerForm:release"))).selectByVisibleText(release);
        type("registerForm:text", title);
        driver.findElement(By.id("registerForm:filter")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("registerForm:cases")).getText().contains(reference));
    }

    @Test
    void theRegisterFiltersByTargetRelease() {
        driver.manage().deleteAllCookies();
        driver.get(base + "modifications/index.xhtml");
        new Select(driver.findElement(By.id("registerForm:release"))).selectByVisibleText("November 2019 SEC Release");
        driver.findElement(By.id("registerForm:filter")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("registerForm:cases")).getText().contains("MP087"));
        assertThat(driver.findElement(By.id("registerForm:cases")).getText()).doesNotContain("MP168");
    }

    @Test
    void completingALifecycleTaskFromTheTaskPageSaysWhyItCannotBeDone() {
        Api secas = Api.demo(base, "secas");
        String reference = publicDraftOfBrightEnergy("Task page " + UUID.randomUUID().toString().substring(0, 8));
        String taskId = secas.get("api/v1/tasks?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("name").startsWith("Develop the problem statement")).findFirst()
                .orElseThrow().getString("id");

        signIn("secas", "secas-password");
        driver.get(base + "tasks/task.xhtml?id=" + taskId);
        driver.findElement(By.id("taskForm:claim")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("taskForm:complete"))).click();

        waitForMessage("is done by recording it on " + reference);
        assertThat(Browser.pageTitle(driver)).startsWith("Develop the problem statement");
        assertThat(secas.get("api/v1/modifications/" + reference).json().getString("stage")).isEqualTo("DEVELOPMENT");
    }
}
