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

            cpl(driver, base, images);

            Browser.signIn(driver, base, "supplier", "supplier-password");
            driver.get(base + "admin/users.xhtml");
            Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("pageTitle"), "You cannot open this page"));
            save(driver, images, "refused");
        } finally {
            driver.quit();
        }
    }

    /** The CPL pages, with the demo CPL and the signed examples of docs/examples. */
    private static void cpl(WebDriver driver, String base, Path images) throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(base + "cpl-register.xhtml");
        Browser.pageTitle(driver);
        save(driver, images, "public-cpl");
        driver.get(base + "cpl-entry.xhtml?id=1001");
        Browser.pageTitle(driver);
        save(driver, images, "public-cpl-entry");

        Browser.signIn(driver, base, "supplier", "supplier-password");
        driver.get(base + "supplier/verify.xhtml");
        Browser.pageTitle(driver);
        driver.findElement(By.id("verifyForm:form")).sendKeys(Path.of("docs/examples/passes/form.csv")
                .toAbsolutePath().toString());
        driver.findElement(By.id("verifyForm:signature")).sendKeys(Path.of("docs/examples/passes/form.csv.p7s")
                .toAbsolutePath().toString());
        driver.findElement(By.id("verifyForm:verify")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        save(driver, images, "supplier-verify");

        String passes = submitExample(driver, base, "passes", "Awaiting SECAS review");
        save(driver, images, "supplier-submission");
        submitExample(driver, base, "conflict", "Under investigation");
        save(driver, images, "supplier-submission-conflict");
        submitExample(driver, base, "bad-signature", "Rejected");
        save(driver, images, "supplier-submission-rejected");

        Browser.signIn(driver, base, "secas", "secas-password");
        openTask(driver, base, "secas/index.xhtml", passes, "SECAS review");
        save(driver, images, "secas-review");
        for (int row = 0; row < 2; row++) {
            driver.findElement(By.cssSelector("input[name='taskForm:rows:" + row + ":choice'][value='associate']"))
                    .click();
            driver.findElement(By.id("taskForm:rows:" + row + ":reason")).sendKeys("Signed by the image creator,"
                    + " endorsed by the submitter; no current Hash; the upgrade path is on the CPL.");
        }
        driver.findElement(By.id("taskForm:complete")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).equals("Submission " + passes));

        Browser.signIn(driver, base, "panel", "panel-password");
        openTask(driver, base, "panel/index.xhtml", passes, "Panel decision");
        save(driver, images, "panel-decision");
    }

    private static String submitExample(WebDriver driver, String base, String example, String status) {
        driver.get(base + "cpl/submissions.xhtml");
        Browser.pageTitle(driver);
        Path dir = Path.of("docs/examples", example).toAbsolutePath();
        driver.findElement(By.id("submitForm:form")).sendKeys(dir.resolve("form.csv").toString());
        driver.findElement(By.id("submitForm:signature")).sendKeys(dir.resolve("form.csv.p7s").toString());
        driver.findElement(By.id("submitForm:submit")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).startsWith("Submission CPL-"));
        String reference = Browser.pageTitle(driver).substring("Submission ".length());
        String page = driver.getCurrentUrl();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                    driver.get(page);
                    return driver.findElement(By.id("status")).getText().contains(status);
                });
        return reference;
    }

    private static void openTask(WebDriver driver, String base, String home, String reference, String name) {
        Browser.openFromInbox(driver, base + home, reference, name, name);
    }

    private static void save(WebDriver driver, Path images, String name) throws IOException {
        Browser.screenshotWholePage(driver, name);
        Files.createDirectories(images);
        Files.copy(Path.of("target/screenshots", name + ".png"), images.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
