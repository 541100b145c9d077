package uk.secgov.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/** SECAS adds (the list has one page of 25: fewer releases exist in the test run), , confirms and moves a release on the screen; the public page shows the move with its reason. */
class ReleasesBrowserIT extends BrowserTest {

    private void waitForMessage(String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement rowOf(String name) {
        return driver.findElements(By.cssSelector("#releasesForm\\:releases tbody tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void secasMovesAReleaseWithItsReasonAndThePublicSeesIt() {
        String name = "Screen release " + UUID.randomUUID().toString().substring(0, 8);
        signIn("secas", "secas-password");
        driver.get(base + "secas/releases.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("SEC Releases");
        assertThat(driver.findElement(By.id("releasesForm:releases")).getText()).contains("November 2019 SEC Release");

        type("createForm:name", name);
        type("createForm:plannedDate", "03/08/2094");
        driver.findElement(By.id("createForm:create")).click();
        waitForMessage(name + " proposed for 03/08/2094");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("releasesForm:releases")).getText().contains(name));
        rowOf(name).findElement(By.cssSelector("[id$=':confirm']")).click();
        waitForMessage(name + " confirmed.");

        type("releasesForm:date", "10/08/2094");
        rowOf(name).findElement(By.cssSelector("[id$=':move']")).click();
        Browser.waitForFieldMessage(driver, "releasesForm:reason", "Say why the release moves");

        type("releasesForm:date", "10/08/2094");
        type("releasesForm:reason", "Authority consent");
        rowOf(name).findElement(By.cssSelector("[id$=':move']")).click();
        waitForMessage(name + " moved to 10/08/2094.");
        Browser.screenshot(driver, "secas-releases");

        driver.get(base + "releases.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("SEC Releases");
        assertThat(driver.findElement(By.id("publicReleasesForm:releases")).getText())
                .contains("Moved from 07/11/2019 to 29/11/2019: Authority consent");
        assertThat(driver.findElement(By.id("publicReleasesForm:releases")).getText())
                .contains("Moved from 03/08/2094 to 10/08/2094: Authority consent");
    }

    @Test
    void aSupplierCannotOpenTheSecasScreen() {
        signIn("supplier", "supplier-password");
        driver.get(base + "secas/releases.xhtml");
        assertThat(Browser.pageTitle(driver)).isEqualTo("You cannot open this page");
    }
}
