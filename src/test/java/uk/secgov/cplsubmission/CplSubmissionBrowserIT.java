package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/** A supplier submits on the screen and follows it; the report shows; another supplier cannot open it. */
class CplSubmissionBrowserIT extends BrowserTest {

    private static IkiFixture pki;

    @BeforeEach
    void aTestIkiOnTheServer() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
    }

    private static Path file(String suffix, byte[] content) throws Exception {
        Path path = Files.createTempFile("submission", suffix);
        Files.write(path, content);
        return path;
    }

    @Test
    void aLargeUploadShowsItsProgressThenTheAnswer() throws Exception {
        String model = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        byte[] form = csv(with(esme("38040404", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "")),
                FormColumn.MODEL_ID, model));
        byte[] bigSignature = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(bigSignature);
        signIn("supplier", "supplier-password");
        driver.get(base + "cpl/submissions.xhtml");
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 20,
                "downloadThroughput", -1, "uploadThroughput", 512 * 1024));
        try {
            driver.findElement(By.id("submitForm:form")).sendKeys(file(".csv", form).toString());
            driver.findElement(By.id("submitForm:signature")).sendKeys(file(".p7s", bigSignature).toString());
            driver.findElement(By.id("submitForm:submit")).click();

            String progress = Browser.waitFor(driver).until(d -> {
                String text = d.findElement(By.id("uploadProgressText")).getText();
                return text.matches("Uploading: [1-9][0-9]?% \\(.* MB of 3\\.0 MB\\)") ? text : null;
            });
            assertThat(progress).startsWith("Uploading: ");
            assertThat(driver.findElement(By.id("submitForm:submit")).isEnabled()).isFalse();
        } finally {
            chrome.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false,
                    "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        }
        // The server's answer replaces the page, as a normal submit would: the submission, received and stored
        // (the rest of the 3 MB may still be on its way at the throttled speed, hence the longer wait).
        Browser.waitFor(driver, Duration.ofSeconds(90)).until(d -> Browser.pageTitle(d).startsWith("Submission CPL-"));
        assertThat(driver.getCurrentUrl()).contains("cpl/submission.xhtml?reference=CPL-");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("received");
    }

    @Test
    void aSupplierSubmitsAndSeesTheVerificationReportAndOthersCannotOpenIt() throws Exception {
        String model = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, model));
        signIn("supplier", "supplier-password");
        driver.get(base + "cpl/submissions.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("CPL submissions");

        driver.findElement(By.id("submitForm:form")).sendKeys(file(".csv", form).toString());
        driver.findElement(By.id("submitForm:signature")).sendKeys(file(".p7s",
                pki.countersign(form, pki.maker, pki.bright)).toString());
        driver.findElement(By.id("submitForm:submit")).click();

        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).startsWith("Submission CPL-"));
        String reference = Browser.pageTitle(driver).substring("Submission ".length());
        assertThat(driver.findElement(By.id("messages")).getText()).contains(reference + " received");
        String page = driver.getCurrentUrl();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            driver.get(page);
            return driver.findElement(By.id("status")).getText().contains("Awaiting SECAS review");
        });
        assertThat(driver.findElement(By.id("reportTitle")).getText()).startsWith("Passed");
        assertThat(driver.findElement(By.id("rows")).getText()).contains(model).contains(hash).contains("PENDING");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Received").contains("Awaiting SECAS review");
        Browser.waitFor(driver).until(d -> !d.findElements(By.cssSelector("#diagram[data-rendered='true']")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#diagram [data-element-id='secasReview'].current-step")))
                .as("the current step is highlighted on the diagram").hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#diagram .current-step"))).hasSize(1);
        Browser.screenshot(driver, "supplier-submission");

        driver.get(base + "cpl/submissions.xhtml");
        assertThat(driver.findElement(By.id("listForm:submissions")).getText()).contains(reference);

        signIn("supplier2", "supplier2-password");
        driver.get(page);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Page not found");
        driver.get(base + "cpl/submissions.xhtml");
        assertThat(driver.findElement(By.id("listForm:submissions")).getText()).doesNotContain(reference);

        signIn("secas", "secas-password");
        driver.get(page);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Submission " + reference);
        assertThat(driver.findElements(By.id("submitForm"))).isEmpty();
    }

    @Test
    void thePublicCplIsSearchableAndAnEntryShowsItsHistory() throws Exception {
        String model = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, model));
        uk.secgov.it.Api supplier = uk.secgov.it.Api.demo(base, "supplier");
        String reference = supplier.postMultipart("api/v1/cpl/submissions", java.util.Map.of("form", form,
                "signature", pki.sign(form, pki.maker, pki.bright))).json().getString("reference");
        for (String[] step : new String[][] {{"secas", "SECAS review"}, {"panel", "Panel decision"}}) {
            uk.secgov.it.Api api = uk.secgov.it.Api.demo(base, step[0]);
            String task = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.openTask(reference, step[1]), java.util.Optional::isPresent).orElseThrow();
            assertThat(api.post("api/v1/tasks/" + task + "/complete",
                    "{\"row2\":\"associate\",\"reason2\":\"Screen test\"}").status()).isEqualTo(204);
        }

        driver.manage().deleteAllCookies();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
            driver.get(base + "cpl-register.xhtml");
            driver.findElement(By.id("cplForm:q")).sendKeys(model);
            driver.findElement(By.id("cplForm:search")).click();
            return driver.findElement(By.id("cplForm:entries")).getText().contains(hash);
        });
        Browser.screenshot(driver, "public-cpl");
        driver.findElement(By.cssSelector("#cplForm\\:entries tbody tr td a")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).startsWith("CPL entry "));
        assertThat(driver.findElement(By.id("currentHash")).getText()).isEqualTo(hash);
        assertThat(driver.findElement(By.id("history")).getText()).contains(reference).contains("Screen test");

        driver.get(base + "cpl-entry.xhtml?id=999999999");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Page not found");
    }

    private void openTaskFromInbox(String home, String reference, String taskName) {
        Browser.openFromInbox(driver, base + home, reference, taskName, taskName);
    }

    @Test
    void theWholeFlowOnTheScreensFromUploadToThePublicCpl() throws Exception {
        String model = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, model));
        signIn("supplier", "supplier-password");
        driver.get(base + "cpl/submissions.xhtml");
        driver.findElement(By.id("submitForm:form")).sendKeys(file(".csv", form).toString());
        driver.findElement(By.id("submitForm:signature")).sendKeys(file(".p7s",
                pki.countersign(form, pki.maker, pki.bright)).toString());
        driver.findElement(By.id("submitForm:submit")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).startsWith("Submission CPL-"));
        String reference = Browser.pageTitle(driver).substring("Submission ".length());
        String page = driver.getCurrentUrl();

        signIn("secas", "secas-password");
        openTaskFromInbox("secas/index.xhtml", reference, "SECAS review");
        driver.findElement(By.id("taskForm:complete")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("messages")).getText().contains("Row 2"));
        driver.findElement(By.cssSelector("input[name='taskForm:rows:0:choice'][value='associate']")).click();
        driver.findElement(By.id("taskForm:rows:0:reason")).sendKeys("Signed by the image creator; no current Hash");
        Browser.screenshot(driver, "secas-review");
        driver.findElement(By.id("taskForm:complete")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).equals("Submission " + reference));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Task 'SECAS review' completed.");
        assertThat(driver.findElement(By.id("status")).getText()).contains("Awaiting Panel decision");

        signIn("panel", "panel-password");
        openTaskFromInbox("panel/index.xhtml", reference, "Panel decision");
        assertThat(driver.findElement(By.id("taskForm")).getText()).contains(hash)
                .contains("SECAS recommends: associate. Signed by the image creator; no current Hash (secas,")
                .contains("Rule checks:");
        driver.findElement(By.cssSelector("input[name='taskForm:rows:0:choice'][value='associate']")).click();
        driver.findElement(By.id("taskForm:rows:0:reason")).sendKeys("Associated as SECAS recommends");
        driver.findElement(By.id("taskForm:complete")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).equals("Submission " + reference));

        signIn("supplier", "supplier-password");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            driver.get(page);
            return driver.findElement(By.id("status")).getText().contains("Completed");
        });
        assertThat(driver.findElement(By.id("rows")).getText()).contains("ASSOCIATED");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Received").contains("Awaiting SECAS review")
                .contains("Awaiting Panel decision").contains("Completed");
        Browser.screenshot(driver, "supplier-submission-completed");

        driver.manage().deleteAllCookies();
        driver.get(base + "cpl-register.xhtml");
        driver.findElement(By.id("cplForm:q")).sendKeys(hash);
        driver.findElement(By.id("cplForm:search")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cplForm:entries")).getText().contains(model));
    }
}
