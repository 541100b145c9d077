package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/** The administrator uploads a trust anchor and its CRL on the screen; a bad file gets its reason. */
class TrustAnchorsBrowserIT extends BrowserTest {

    private void waitForMessage(String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    @Test
    void anAdministratorUploadsATrustAnchorAndItsCrlAndABadFileIsExplained() throws Exception {
        TestPki.Issued ca = TestPki.rootCa("CN=Screen Root " + UUID.randomUUID().toString().substring(0, 8)
                + ",O=Test DCC,C=GB");
        Path certificate = Files.createTempFile("anchor", ".pem");
        Files.writeString(certificate, CryptoFilesTest.pem("CERTIFICATE", ca.certificate().getEncoded()));
        Path crl = Files.createTempFile("anchor", ".crl");
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        Files.write(crl, TestPki.crl(ca, ca.key(), issued, issued.plus(Duration.ofDays(7)), Map.of()).getEncoded());
        Path junk = Files.createTempFile("junk", ".pem");
        Files.writeString(junk, "this is not a certificate");

        signIn("admin", "admin-password");
        driver.get(base + "admin/trust-anchors.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Trust anchors and CRLs");

        driver.findElement(By.id("addAnchorForm:certificate")).sendKeys(junk.toString());
        driver.findElement(By.id("addAnchorForm:addAnchor")).click();
        Browser.waitForFieldMessage(driver, "addAnchorForm:certificate", "neither a DER certificate nor a PEM block");

        driver.findElement(By.id("addAnchorForm:certificate")).sendKeys(certificate.toString());
        driver.findElement(By.id("addAnchorForm:crlUrl")).sendKeys("https://crl.example.org/screen.crl");
        driver.findElement(By.id("addAnchorForm:addAnchor")).click();
        waitForMessage("Trust anchor " + ca.certificate().getSubjectX500Principal().getName() + " added.");
        assertThat(driver.findElement(By.id("anchorsForm:anchors")).getText())
                .contains(ca.certificate().getSubjectX500Principal().getName());

        driver.findElement(By.id("addCrlForm:crl")).sendKeys(crl.toString());
        driver.findElement(By.id("addCrlForm:addCrl")).click();
        waitForMessage("loaded: 0 revoked certificates");
        Browser.screenshot(driver, "admin-trust-anchors");
    }
}
