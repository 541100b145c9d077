package uk.secgov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/** An administrator registers a party and an account on the screens; the new person works their inbox. */
class AdministrationBrowserIT extends BrowserTest {

    private void chooseInMenu(String menuId, String label) {
        new Select(driver.findElement(By.id(menuId))).selectByVisibleText(label);
    }

    private void waitForMessage(String text) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseOwnerCompletesTheWelcomeTaskAndIsLaterDisabled() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String partyName = "Spark Supply " + suffix;
        String username = "spark-" + suffix;

        signIn("admin", "admin-password");
        driver.get(base + "admin/parties.xhtml");
        driver.findElement(By.id("registerForm:name")).sendKeys(partyName);
        chooseInMenu("registerForm:category", "Small Supplier");
        driver.findElement(By.id("registerForm:register")).click();
        waitForMessage("Party '" + partyName + "' registered.");
        Browser.screenshot(driver, "admin-parties");

        driver.get(base + "admin/users.xhtml");
        driver.findElement(By.id("createForm:username")).sendKeys(username);
        driver.findElement(By.id("createForm:displayName")).sendKeys("Sparky Supplier");
        driver.findElement(By.id("createForm:password")).sendKeys("sparky-password-1");
        chooseInMenu("createForm:party", partyName);
        driver.findElement(By.xpath("//label[normalize-space(.)='Supplier']")).click();
        driver.findElement(By.id("createForm:create")).click();
        waitForMessage("Account '" + username + "' created for " + partyName + ".");

        signIn(username, "sparky-password-1");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Supplier home");
        WebElement welcome = Browser.waitFor(driver).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.xpath("//tr[.//span[normalize-space(.)='Read the welcome guide']]")).stream()
                    .findFirst().orElse(null);
        });
        assertThat(welcome.getText()).contains("Welcome a new user").contains("You");
        welcome.findElement(By.linkText("Open")).click();
        assertThat(Browser.pageTitle(driver)).isEqualTo("Read the welcome guide");
        assertThat(driver.findElement(By.id("taskDescription")).getText())
                .startsWith("Welcome, Sparky Supplier. You act for " + partyName + " as Supplier.");
        driver.findElement(By.id("taskForm:complete")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Task completed"));
        driver.get(base + "supplier/index.xhtml");
        assertThat(driver.findElement(By.id("inboxForm:inbox")).getText()).doesNotContain("Read the welcome guide");

        signIn("admin", "admin-password");
        driver.get(base + "admin/users.xhtml");
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space(.)='" + username + "']]"));
        row.findElement(By.xpath(".//button[normalize-space(.)='Disable']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        waitForMessage("Account '" + username + "' disabled");

        signIn(username, "sparky-password-1");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
        assertThat(driver.findElement(By.cssSelector(".ui-messages-error")).getText()).contains("Sign-in failed");
    }

    @Test
    void aPartyFormWithMistakesShowsEveryProblemAndRegistersNothing() {
        signIn("admin", "admin-password");
        driver.get(base + "admin/parties.xhtml");
        chooseInMenu("registerForm:category", "Manufacturer (non-SEC Party)");
        driver.findElement(By.id("registerForm:manufacturerId")).sendKeys("XY");
        driver.findElement(By.id("registerForm:register")).click();

        Browser.waitForFieldMessage(driver, "registerForm:name", "name is required");
        assertThat(Browser.fieldMessage(driver, "registerForm:manufacturerId"))
                .contains("manufacturerId must be 4 hexadecimal digits");
    }
}
