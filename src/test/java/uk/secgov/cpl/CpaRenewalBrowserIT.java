package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.it.Api;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/**
 * SECAS records a renewed CPA certificate on the public entry page of demo entry 1003 (PPMID, CPA-2025-0011): a bad
 * date is refused on the form and changes nothing; the renewal shows as the current certificate, in the CPA
 * certificate history and on the public list; other users have no form. And the same from a CPA warning task:
 * entry 1005 given a certificate that expires within the warning window, the daily check (run now) gives SECAS the
 * task, whose form records the next renewed certificate and completes it.
 */
class CpaRenewalBrowserIT extends BrowserTest {

    private void fill(String certificate, String expiry) {
        driver.findElement(By.id("renewalForm:cpaCertificate")).clear();
        driver.findElement(By.id("renewalForm:cpaCertificate")).sendKeys(certificate);
        driver.findElement(By.id("renewalForm:cpaExpiry")).clear();
        driver.findElement(By.id("renewalForm:cpaExpiry")).sendKeys(expiry);
        driver.findElement(By.id("renewalForm:renew")).click();
    }

    @Test
    void secasRecordsARenewedCertificateOnTheEntryPage() {
        String expiry = LocalDate.now(ZoneId.of("Europe/London")).plusYears(3).toString();
        signIn("secas", "secas-password");
        driver.get(base + "cpl-entry.xhtml?id=1003");
        assertThat(driver.findElement(By.id("currentCpa")).getText()).startsWith("CPA-2025-0011, expires 31/01/2028");

        fill("CPA-2026-0613", "31/01/2031");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "yyyy-mm-dd"));
        assertThat(driver.findElement(By.id("currentCpa")).getText()).startsWith("CPA-2025-0011");

        fill("CPA-2026-0613", expiry);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Renewed CPA certificate recorded for CPL entry 1003"));
        assertThat(driver.findElement(By.id("currentCpa")).getText()).startsWith("CPA-2026-0613, expires ");
        assertThat(driver.findElement(By.id("cpaHistory")).getText())
                .contains("listed with CPA certificate CPA-2025-0011, expires 31/01/2028")
                .contains("renewed CPA certificate CPA-2026-0613, expires").contains("(recorded by secas)");
        assertThat(driver.findElement(By.id("entryStatus")).getText()).isEqualTo("Hash associated");

        driver.get(base + "cpl-register.xhtml");
        assertThat(driver.findElement(By.id("cplForm:entries")).getText()).contains("CPA-2026-0613")
                .doesNotContain("CPA-2025-0011");
    }

    @Test
    void nobodyElseHasTheRenewalForm() {
        driver.manage().deleteAllCookies();
        driver.get(base + "cpl-entry.xhtml?id=1003");
        assertThat(driver.findElements(By.id("renewalForm"))).isEmpty();
        signIn("panel", "panel-password");
        driver.get(base + "cpl-entry.xhtml?id=1003");
        assertThat(driver.findElements(By.id("removalForm"))).hasSize(1);
        assertThat(driver.findElements(By.id("renewalForm"))).isEmpty();
    }

    /** The open CPA warning task of this entry in SECAS's inbox, as the API lists it. */
    private static Optional<JsonObject> warningTask(Api secas, long entryId) {
        return secas.get("api/v1/tasks?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals("CPA certificate expiring: contact the manufacturer"))
                .filter(t -> t.getString("description", "").startsWith("CPL entry " + entryId + " ")).findFirst();
    }

    @Test
    void secasRecordsTheRenewedCertificateFromTheCpaWarningTask() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Api secas = Api.demo(base, "secas");
        Api.Reply soon = secas.post("api/v1/cpl/entries/1005/cpa-renewals", "{\"cpaCertificate\":\"CPA-2025-0090-A\","
                + "\"cpaExpiry\":\"" + today.plusDays(10) + "\"}");
        assertThat(soon.status()).as(soon.body()).isEqualTo(201);
        assertThat(Api.anonymous(base).post("it/daily-cpa-check").status()).isEqualTo(204);
        JsonObject task = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> warningTask(secas, 1005), Optional::isPresent).orElseThrow();
        assertThat(task.getString("description")).contains("CPA certificate CPA-2025-0090-A expires on");

        signIn("secas", "secas-password");
        driver.get(base + task.getString("formPage").substring(1) + "&id=" + task.getString("id"));
        assertThat(Browser.pageTitle(driver)).isEqualTo("CPA certificate expiring: contact the manufacturer");
        assertThat(driver.findElement(By.id("currentCertificate")).getText()).contains("CPA-2025-0090-A");
        driver.findElement(By.id("renewalForm:cpaCertificate")).sendKeys("CPA-2026-0777");
        driver.findElement(By.id("renewalForm:cpaExpiry")).sendKeys("not a date");
        driver.findElement(By.id("renewalForm:renew")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "cpaExpiry"));
        assertThat(warningTask(secas, 1005)).as("a refused renewal leaves the task open").isPresent();

        String expiry = today.plusYears(3).toString();
        driver.findElement(By.id("renewalForm:cpaExpiry")).clear();
        driver.findElement(By.id("renewalForm:cpaExpiry")).sendKeys(expiry);
        driver.findElement(By.id("renewalForm:renewalNote")).sendKeys("Certificate renewed after the 2026 re-test.");
        driver.findElement(By.id("renewalForm:renew")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Renewed CPA certificate recorded for CPL entry 1005."));
        assertThat(driver.findElement(By.id("currentCpa")).getText()).startsWith("CPA-2026-0777, expires ");
        assertThat(driver.findElement(By.id("cpaHistory")).getText()).contains("CPA-2025-0090-A")
                .contains("CPA-2026-0777").contains("Certificate renewed after the 2026 re-test.");
        assertThat(warningTask(secas, 1005)).as("the warning task is completed").isEmpty();
    }
}
