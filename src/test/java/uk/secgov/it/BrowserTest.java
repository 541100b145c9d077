package uk.secgov.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A browser test: the real WAR deployed (with the test-only {@link DueTimers} and {@link DailyCpaCheck} servlets
 * added, so a test can bring an investigation's due dates or the next morning's CPA check forward), one headless
 * Chromium per test class, driven from outside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    protected static WebDriver driver;

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive war() {
        return Deployments.realWar().addClass(DueTimers.class).addClass(DailyCpaCheck.class);
    }

    @BeforeAll
    static void openBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected void signIn(String username, String password) {
        Browser.signIn(driver, base.toString(), username, password);
    }
}
