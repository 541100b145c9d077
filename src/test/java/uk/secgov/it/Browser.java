package uk.secgov.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Debian's chromedriver; Selenium never downloads either. */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                    "--user-data-dir=" + Files.createTempDirectory("secgov-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the real login page and waits for the page it lands on. */
    public static void signIn(WebDriver driver, String base, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:signInButton")).click();
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("login.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    public static String pageTitle(WebDriver driver) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("pageTitle"))).getText();
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png} (the user guide's pictures come from here). */
    public static void screenshot(WebDriver driver, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
            Files.createDirectories(dir);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            Files.write(dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole page in one picture: the window is made as tall as the page (at most 3200 pixels) for it, then put
     * back; saved as {@link #screenshot}.
     */
    public static void screenshotWholePage(WebDriver driver, String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(),
                (int) Math.min(3200, Math.max(before.getHeight(), height + 140))));
        try {
            screenshot(driver, name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Opens a task from an inbox page ({@code inboxUrl}): the row naming {@code reference} and {@code taskName}, its
     * "Open" link, until the page titled {@code title} shows (the task may take a moment to appear).
     */
    public static void openFromInbox(WebDriver driver, String inboxUrl, String reference, String taskName,
            String title) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> {
                    driver.get(inboxUrl);
                    driver.findElement(By.xpath("//tr[contains(., '" + reference + "') and contains(., \"" + taskName
                            + "\")]//a[contains(., 'Open')]")).click();
                    return pageTitle(driver).equals(title);
                });
    }

    /**
     * Waits up to 20 s; an element read while the page is being replaced is read again, not a failure. Chromium
     * reports such a read either as a stale element or, when the AJAX update swaps the node between the look-up and
     * the read, as the generic "Node with given id does not belong to the document" error, so both are retried. A
     * condition that never holds still fails at the end of the wait, with the last error as its cause.
     */
    public static WebDriverWait waitFor(WebDriver driver) {
        return waitFor(driver, Duration.ofSeconds(20));
    }

    /** The same with a longer patience, for what takes long on a loaded machine (a large upload's answer). */
    public static WebDriverWait waitFor(WebDriver driver, Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /**
     * Waits until the field's own message says {@code text}: the message the field names in its
     * {@code aria-describedby}, shown beside it, and not repeated at the top of the page.
     */
    public static void waitForFieldMessage(WebDriver driver, String fieldId, String text) {
        waitFor(driver).until(d -> fieldMessage(d, fieldId).contains(text));
        if (driver.findElement(By.id("messages")).getText().contains(text)) {
            throw new AssertionError("'" + text + "' is beside " + fieldId + " and again at the top of the page");
        }
    }

    /** The text of the messages a field names in its {@code aria-describedby} (empty when it names none). */
    public static String fieldMessage(WebDriver driver, String fieldId) {
        String described = driver.findElement(By.id(fieldId)).getAttribute("aria-describedby");
        if (described == null || described.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String id : described.strip().split("\\s+")) {
            text.append(driver.findElement(By.id(id)).getText()).append('\n');
        }
        return text.toString();
    }
}
