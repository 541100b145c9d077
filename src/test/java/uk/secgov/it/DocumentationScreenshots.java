package uk.secgov.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the user guide's pictures (docs/images) from a server running the demo data set.
 * Run by src/test/scripts/docs-screenshots.sh; not a test.
 */
public final class DocumentationScreenshots {

    private DocumentationScreenshots() {
    }

    public static void main(String[] args) throws IOException {
        String base = args[0];
        Path images = Path.of(args[1]);
        WebDriver driver = Browser.start();
        try {
            driver.get(base + "login.xhtml");
            save(driver, images, "login");

            Browser.signIn(driver, base, "supplier", "supplier-password");
            Browser.pageTitle(driver);
            save(driver, images, "home-supplier");

            Browser.signIn(driver, base, "admin", "admin-password");
            driver.get(base + "admin/parties.xhtml");
            Browser.pageTitle(driver);
            save(driver, images, "admin-parties");

            driver.get(base + "admin/users.xhtml");
            Browser.pageTitle(driver);
            save(driver, images, "admin-users");

            driver.get(base + "admin/calendar.xhtml");
            Browser.pageTitle(driver);
            save(driver, images, "admin-calendar");

            Browser.signIn(driver, base, "secas", "secas-password");
            driver.get(base + "secas/releases.xhtml");
            Browser.pageTitle(driver);
            save(driver, images, "secas-releases");

            Browser.signIn(driver, base, "supplier", "supplier-password");
            driver.get(base + "admin/users.xhtml");
            Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("pageTitle"), "You cannot open this page"));
            save(driver, images, "refused");
        } finally {
            driver.quit();
        }
    }

    private static void save(WebDriver driver, Path images, String name) throws IOException {
        Browser.screenshot(driver, name);
        Files.createDirectories(images);
        Files.copy(Path.of("target/screenshots", name + ".png"), images.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
