package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.HASH_A;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;
import static uk.secgov.cpl.FormFixtures.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/** "Check a signed form" in the browser: a supplier's pass, a manufacturer's partial check, form errors, a denial. */
class VerifyBrowserIT extends BrowserTest {

    private static IkiFixture pki;

    @BeforeEach
    void aTestIkiOnTheServer() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
    }

    private static Path file(String suffix, byte[] content) throws Exception {
        Path path = Files.createTempFile("verify", suffix);
        Files.write(path, content);
        return path;
    }

    private void check(String page, Path form, Path signature) {
        driver.get(base + page);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Check a signed form");
        driver.findElement(By.id("verifyForm:form")).sendKeys(form.toString());
        driver.findElement(By.id("verifyForm:signature")).sendKeys(signature.toString());
        driver.findElement(By.id("verifyForm:verify")).click();
    }

    @Test
    void aSupplierChecksAFormSignedByTheManufacturerAndEndorsedByItself() throws Exception {
        byte[] form = xlsx(esme("38040404", HASH_A));
        signIn("supplier", "supplier-password");

        check("supplier/verify.xhtml", file(".xlsx", form), file(".p7s", pki.countersign(form, pki.maker, pki.bright)));

        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(driver.findElement(By.id("reportTitle")).getText()).startsWith("Passed").contains("ETSI result: total passed").doesNotContain("TOTAL_PASSED");
        assertThat(driver.findElement(By.id("formSummary")).getText()).contains("1 Device Model row(s)")
                .contains("Manufacturer Identifier 1063");
        assertThat(driver.findElement(By.id("ruleChecks")).getText()).contains("Met: Signed by the image creator")
                .contains("Endorsed by Bright Energy (a countersignature)");
        Browser.screenshot(driver, "supplier-verify");
    }

    @Test
    void aManufacturerSeesItsSignaturePassAndTheEndorsementNotCheckedYet() throws Exception {
        byte[] form = csv(esme("38040404", HASH_A));
        signIn("manufacturer", "manufacturer-password");

        check("manufacturer/verify.xhtml", file(".csv", form), file(".p7s", pki.sign(form, pki.maker)));

        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(driver.findElement(By.id("verdictSummary")).getText()).startsWith("Passed so far");
        assertThat(driver.findElement(By.id("ruleChecks")).getText()).contains("Not checked yet: Endorsed by the"
                + " submitting supplier");
    }

    @Test
    void aBadFormShowsEachErrorWithItsRowAndColumn() throws Exception {
        byte[] form = csv(with(esme("38040404", HASH_A), FormColumn.IMAGE_HASH, "abc"),
                with(esme("38040405", HASH_A), FormColumn.GBCS_VERSION, ""));
        signIn("supplier", "supplier-password");

        check("supplier/verify.xhtml", file(".csv", form), file(".p7s", pki.sign(form, pki.maker, pki.bright)));

        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Row 3, GBCS Version (I): Required"));
        assertThat(driver.findElement(By.id("messages")).getText())
                .contains("Row 2, Manufacturer Image Hash (M): Must be hexadecimal");
        assertThat(driver.findElements(By.id("verdict"))).isEmpty();
    }

    @Test
    void anotherRolesPageIsRefused() {
        signIn("panel", "panel-password");
        driver.get(base + "supplier/verify.xhtml");
        assertThat(Browser.pageTitle(driver)).isNotEqualTo("Check a signed form");
        assertThat(driver.getPageSource()).doesNotContain("verifyForm");
    }
}
