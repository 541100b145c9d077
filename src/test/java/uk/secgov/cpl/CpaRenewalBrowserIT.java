package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/**
 * SECAS records a renewed CPA certificate on the public entry page of demo entry 1003 (PPMID, CPA-2025-0011): a bad
 * date is refused on the form and changes nothing; the renewal shows as the current certificate, in the CPA
 * certificate history and on the public list; other users have no form.
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
}
