package uk.secgov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/** Signing in through the real login page in headless Chromium, for every role, and the refusals. */
class SignInBrowserIT extends BrowserTest {

    private static final Map<String, String> HOME_TITLES = Map.of(
            "secas", "SECAS home", "panel", "SEC Panel home", "changeboard", "Change Board home",
            "supplier", "Supplier home", "dcc", "DCC home", "manufacturer", "Manufacturer home",
            "authority", "Authority home", "admin", "Administration home");

    @Test
    void thePublicHomePageNeedsNoSignIn() {
        driver.manage().deleteAllCookies();
        driver.get(base.toString());

        assertThat(Browser.pageTitle(driver)).isEqualTo("Smart Energy Code governance");
        assertThat(driver.findElement(By.id("signIn")).getText()).isEqualTo("Sign in");
    }

    @Test
    void eachDemoUserLandsOnTheHomePageOfTheirRole() {
        HOME_TITLES.forEach((username, title) -> {
            signIn(username, username + "-password");

            assertThat(Browser.pageTitle(driver)).as(username).isEqualTo(title);
            assertThat(driver.getCurrentUrl()).as(username).endsWith("/" + username + "/index.xhtml");
            assertThat(driver.findElement(By.id("inboxTitle")).getText()).isEqualTo("Your tasks");
            Browser.screenshot(driver, "home-" + username);

            driver.findElement(By.id("logoutForm:logout")).click();
            Browser.waitFor(driver).until(ExpectedConditions.urlContains("signedOut=true"));
        });
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        driver.manage().deleteAllCookies();
        driver.get(base + "login.xhtml");
        Browser.screenshot(driver, "login");
        signIn("supplier", "not-the-password");

        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
        assertThat(driver.findElement(By.cssSelector(".ui-messages-error")).getText()).contains("Sign-in failed");
        driver.get(base + "supplier/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
    }

    @Test
    void aSupplierCannotOpenAnAdministrationPage() {
        signIn("supplier", "supplier-password");

        driver.get(base + "admin/users.xhtml");

        assertThat(Browser.pageTitle(driver)).isEqualTo("You cannot open this page");
        assertThat(driver.getPageSource()).doesNotContain("Create an account");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndThenToThePageTheyAskedFor() {
        driver.manage().deleteAllCookies();
        driver.get(base + "admin/parties.xhtml");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");

        driver.findElement(By.id("loginForm:username")).sendKeys("admin");
        driver.findElement(By.id("loginForm:password")).sendKeys("admin-password");
        driver.findElement(By.id("loginForm:signInButton")).click();

        assertThat(Browser.pageTitle(driver)).isEqualTo("Parties");
    }
}
