package uk.secgov.hashconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Api;
import uk.secgov.it.Browser;
import uk.secgov.it.BrowserTest;

/**
 * A Hash conflict investigated on the screens: a supplier submits another Hash for a Device Model that
 * has one; SECAS opens the investigation and asks; the manufacturer and the supplier of the current Hash
 * answer through their own logins; SECAS recommends replace; the Panel replaces; the public CPL entry
 * shows both Hashes. And who may not see or answer what, on the screen and over the API.
 */
class InvestigationBrowserIT extends BrowserTest {

    private static IkiFixture pki;

    @BeforeEach
    void aTestIkiOnTheServer() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
    }

    private static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static Path file(String suffix, byte[] content) throws Exception {
        Path path = Files.createTempFile("investigation", suffix);
        Files.write(path, content);
        return path;
    }

    /** Volt Supply (supplier2) puts {@code hash} on the CPL for {@code model} through review and decision. */
    private long currentHashFromSupplier2(String model, String hash) throws Exception {
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, model));
        Api.Reply submitted = Api.demo(base, "supplier2").postMultipart("api/v1/cpl/submissions",
                Map.of("form", form, "signature", pki.sign(form, pki.maker, pki.volt)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String reference = submitted.json().getString("reference");
        for (String[] step : new String[][] {{"secas", "SECAS review"}, {"panel", "Panel decision"}}) {
            Api api = Api.demo(base, step[0]);
            String task = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.openTask(reference, step[1]), java.util.Optional::isPresent).orElseThrow();
            assertThat(api.post("api/v1/tasks/" + task + "/complete",
                    "{\"row2\":\"associate\",\"reason2\":\"First Hash for this model\"}").status()).isEqualTo(204);
        }
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonObject listed = Api.anonymous(base).get("api/v1/cpl/entries?q=" + model.toLowerCase()).json();
            return listed.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(e -> hash.equals(e.getString("currentHash", null)))
                    .map(e -> e.getJsonNumber("entryId").longValue()).findFirst().orElse(-1L);
        }, id -> id > 0);
    }

    /** The investigation of the entry, as SECAS lists it. */
    private String investigationOf(long entryId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Api.demo(base, "secas").get("api/v1/cpl/investigations?size=500").json().getJsonArray("items")
                        .stream().map(JsonValue::asJsonObject)
                        .filter(i -> i.getJsonNumber("entryId").longValue() == entryId)
                        .map(i -> i.getString("reference")).findFirst().orElse(null), r -> r != null);
    }

    private void openFromInbox(String reference, String taskName) {
        Browser.openFromInbox(driver, base + "home", reference, taskName, "Investigation " + reference);
    }

    private static void screenshot(String name) {
        Browser.screenshotWholePage(driver, name);
    }

    /** Waits for the page's messages to say this (the previous page's messages may still be showing). */
    private void expectMessage(String part) {
        Browser.waitFor(driver).until(d -> d.findElement(By.id("messages")).getText().toLowerCase()
                .contains(part.toLowerCase()));
    }

    private void ask(String party, String question) {
        ask(party, question, null);
    }

    /** SECAS asks on the page; {@code follows} is the earlier request as the form names it, or null. */
    private void ask(String party, String question, String follows) {
        new Select(driver.findElement(By.id("askForm:party"))).selectByVisibleText(party);
        driver.findElement(By.id("askForm:question")).sendKeys(question);
        if (follows != null) {
            new Select(driver.findElement(By.id("askForm:follows"))).selectByVisibleText(follows);
        }
        driver.findElement(By.id("askForm:ask")).click();
        expectMessage("Question sent.");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("requests")).getText().contains(question));
    }

    private void answer(String user, String reference, String answer, Path evidence) {
        signIn(user, user + "-password");
        openFromInbox(reference, "Answer SECAS's question");
        // The party's one unanswered request has the form (its earlier, answered ones have none).
        driver.findElement(By.cssSelector("textarea[id$='answerForm:answer']")).sendKeys(answer);
        if (evidence != null) {
            driver.findElement(By.cssSelector("input[id$='answerForm:evidence']")).sendKeys(evidence.toString());
        }
        screenshot(user + "-investigation-answer");
        driver.findElement(By.cssSelector("input[id$='answerForm:send']")).click();
        expectMessage("Answer sent to SECAS.");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("requests")).getText().contains(answer));
    }

    /** A multipart body with a text field {@code answer} (no file), as a browser's form would send it. */
    private static Api.Reply postAnswer(Api api, String path, String answer) {
        String boundary = "----wtws" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"answer\"\r\n\r\n" + answer + "\r\n--"
                + boundary + "--\r\n";
        return api.post(path, "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theManufacturerAndTheOriginalSupplierAnswerSecasRecommendsAndThePanelReplaces() throws Exception {
        String model = newModel();
        String oldHash = newHash();
        long entryId = currentHashFromSupplier2(model, oldHash);

        // Bright Energy (supplier) submits another Hash for the same Device Model on the screen.
        String newHash = newHash();
        byte[] form = csv(with(esme("38040404", newHash), FormColumn.MODEL_ID, model));
        signIn("supplier", "supplier-password");
        driver.get(base + "cpl/submissions.xhtml");
        driver.findElement(By.id("submitForm:form")).sendKeys(file(".csv", form).toString());
        driver.findElement(By.id("submitForm:signature")).sendKeys(file(".p7s",
                pki.countersign(form, pki.maker, pki.bright)).toString());
        driver.findElement(By.id("submitForm:submit")).click();
        Browser.waitFor(driver).until(d -> Browser.pageTitle(d).startsWith("Submission CPL-"));
        String submission = Browser.pageTitle(driver).substring("Submission ".length());
        String submissionPage = driver.getCurrentUrl();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            driver.get(submissionPage);
            return driver.findElement(By.id("status")).getText().contains("Under investigation");
        });
        String reference = investigationOf(entryId);
        // The submitter reaches the investigation from its submission.
        driver.findElement(By.linkText("Investigation " + reference)).click();
        assertThat(Browser.pageTitle(driver)).isEqualTo("Investigation " + reference);
        assertThat(driver.findElements(By.id("askForm"))).isEmpty();

        // SECAS opens the investigation from the inbox: both Hashes, where each came from, the parties.
        signIn("secas", "secas-password");
        openFromInbox(reference, "Open the investigation");
        String hashes = driver.findElement(By.id("hashes")).getText();
        assertThat(hashes).contains(oldHash).contains(newHash).contains(submission).contains("Bright Energy");
        assertThat(driver.findElement(By.id("partiesForm:parties")).getText()).contains("Bright Energy")
                .contains("Volt Supply").contains("Meterworks Manufacturing");
        driver.findElement(By.id("openForm:note")).sendKeys("Two Hashes for one firmware version");
        driver.findElement(By.id("openForm:open")).click();
        expectMessage("Investigation opened");
        assertThat(driver.findElement(By.id("state")).getText()).contains("Under investigation");

        // The due date shows in Working Days as SECAS types them.
        WebElementValue.set(driver.findElement(By.id("askForm:workingDays")), "7");
        driver.findElement(By.id("askForm:question")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("askForm:due")).getText().contains("7 Working Days"));
        ask("Meterworks Manufacturing", "Which of the two images did you build for firmware 38040404?");
        ask("Volt Supply", "Where did the Hash you submitted come from?");
        assertThat(driver.findElement(By.id("requests")).getText()).contains("Request").contains("due")
                .contains("Which of the two images").contains("Where did the Hash");
        screenshot("secas-investigation");

        // The manufacturer and the original supplier answer through their own logins.
        answer("manufacturer", reference, "The newer image is the one we released; the first was a pre-release build.",
                file(".txt", "Release note 38040404: image hash ".concat(newHash).getBytes(StandardCharsets.UTF_8)));
        assertThat(driver.findElement(By.id("requests")).getText()).doesNotContain("Where did the Hash");
        answer("supplier2", reference, "We took it from the manufacturer's pre-release notes.", null);
        assertThat(driver.findElement(By.id("requests")).getText()).doesNotContain("Which of the two images");

        // SECAS reads the answers (with the evidence) and recommends; a recommendation without reasons is refused.
        signIn("secas", "secas-password");
        openFromInbox(reference, "Recommend replace or retain");
        assertThat(driver.findElement(By.id("requests")).getText()).contains("pre-release build")
                .contains("pre-release notes");
        assertThat(driver.findElements(By.partialLinkText(".txt"))).as("the evidence, to download").hasSize(1);
        String reasons = "The manufacturer confirms the new image is the released one.";
        driver.findElement(By.cssSelector("input[name='outcomeForm:outcome'][value='replace']")).click();
        driver.findElement(By.id("outcomeForm:reasons")).sendKeys(reasons);
        screenshot("secas-investigation-recommend");
        driver.findElement(By.id("outcomeForm:reasons")).clear();
        driver.findElement(By.id("outcomeForm:recommend")).click();
        expectMessage("reason");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Investigation " + reference);
        driver.findElement(By.cssSelector("input[name='outcomeForm:outcome'][value='replace']")).click();
        driver.findElement(By.id("outcomeForm:reasons")).sendKeys(reasons);
        driver.findElement(By.id("outcomeForm:recommend")).click();
        expectMessage("Recommendation sent to the Panel.");
        assertThat(driver.findElement(By.id("recommendation")).getText()).contains("Replace");

        // The Panel replaces.
        signIn("panel", "panel-password");
        openFromInbox(reference, "Decide: replace or retain the current Hash");
        assertThat(driver.findElement(By.id("recommendation")).getText()).contains("released one");
        driver.findElement(By.cssSelector("input[name='outcomeForm:outcome'][value='replace']")).click();
        driver.findElement(By.id("outcomeForm:reasons")).sendKeys("Replaced as SECAS recommends (Panel minute 12).");
        screenshot("panel-investigation-decision");
        driver.findElement(By.id("outcomeForm:decide")).click();
        expectMessage("Decision recorded");

        // The public entry shows both Hashes in its history, with dates and decisions.
        driver.manage().deleteAllCookies();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
                    driver.get(base + "cpl-entry.xhtml?id=" + entryId);
                    return driver.findElement(By.id("currentHash")).getText().equals(newHash);
                });
        String history = driver.findElement(By.id("history")).getText();
        assertThat(history).contains(oldHash).contains(newHash).contains(submission).contains("First Hash for this model");
        screenshot("public-cpl-entry-replaced");

        signIn("secas", "secas-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        assertThat(driver.findElement(By.id("state")).getText()).contains("Decided");
        assertThat(driver.findElement(By.id("decision")).getText()).contains("Panel minute 12");
        assertThat(driver.findElements(By.id("askForm"))).isEmpty();
    }

    @Test
    void aPartyNotInvolvedSeesNothingAndAPartyCannotAnswerAnotherPartysRequest() throws Exception {
        String model = newModel();
        long entryId = currentHashFromSupplier2(model, newHash());
        byte[] form = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model));
        assertThat(Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions",
                Map.of("form", form, "signature", pki.sign(form, pki.maker, pki.bright))).status()).isEqualTo(202);
        String reference = investigationOf(entryId);
        String path = "api/v1/cpl/investigations/" + reference;
        Api secas = Api.demo(base, "secas");
        String open = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> secas.openTask(reference, "Open the investigation"), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(secas.post("api/v1/tasks/" + open + "/complete", "{}").status()).isEqualTo(204);
        JsonObject detail = secas.get(path).json();
        long manufacturerParty = detail.getJsonArray("parties").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Meterworks Manufacturing"))
                .findFirst().orElseThrow().getJsonNumber("partyId").longValue();
        Api.Reply asked = secas.post(path + "/requests", "{\"partyId\":" + manufacturerParty
                + ",\"question\":\"Which image is yours?\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = asked.json().getJsonNumber("id").longValue();
        assertThat(postAnswer(Api.demo(base, "manufacturer"), path + "/requests/" + request + "/answer",
                "The second one").status()).isEqualTo(204);

        // The DCC is not involved: no investigation, no request, no evidence, on the API or the screen.
        Api dcc = Api.demo(base, "dcc");
        assertThat(dcc.get(path).status()).isEqualTo(404);
        assertThat(dcc.get(path + "/requests/" + request + "/evidence").status()).isEqualTo(404);
        assertThat(dcc.get("api/v1/cpl/investigations?size=500").body()).doesNotContain(reference);
        assertThat(postAnswer(dcc, path + "/requests/" + request + "/answer", "Not ours").status()).isEqualTo(404);
        signIn("dcc", "dcc-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Page not found");
        driver.get(base + "cpl/investigation.xhtml?reference=HCI-1999-000001");
        assertThat(Browser.pageTitle(driver)).isEqualTo("Page not found");

        // Volt Supply is involved but the request is the manufacturer's: it neither sees nor answers it.
        Api.Reply other = postAnswer(Api.demo(base, "supplier2"), path + "/requests/" + request + "/answer",
                "Answering for them");
        assertThat(other.status()).isEqualTo(404);
        assertThat(Api.demo(base, "supplier2").get(path).body()).doesNotContain("Which image is yours?");
        Api.Reply secondAsk = secas.post(path + "/requests", "{\"partyId\":" + manufacturerParty
                + ",\"question\":\"Please send the release note.\"}");
        long unanswered = secondAsk.json().getJsonNumber("id").longValue();
        assertThat(postAnswer(Api.demo(base, "supplier2"), path + "/requests/" + unanswered + "/answer", "x")
                .status()).isEqualTo(404);
        signIn("supplier2", "supplier2-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Investigation " + reference);
        assertThat(driver.findElement(By.id("requests")).getText()).doesNotContain("Which image is yours?")
                .doesNotContain("release note");
        assertThat(driver.findElements(By.cssSelector("form[id$='answerForm']"))).isEmpty();
        assertThat(driver.findElements(By.id("askForm"))).isEmpty();
        assertThat(driver.findElements(By.id("outcomeForm"))).isEmpty();

        // The manufacturer sees its own requests (one still open, with the form) and SECAS adds the DCC on the page.
        signIn("manufacturer", "manufacturer-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        assertThat(driver.findElement(By.id("requests")).getText()).contains("Which image is yours?")
                .contains("The second one").contains("release note");
        assertThat(driver.findElements(By.cssSelector("form[id$='answerForm']"))).hasSize(1);

        signIn("secas", "secas-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        new Select(driver.findElement(By.id("partiesForm:addParty"))).selectByVisibleText("Smart DCC (DCC)");
        driver.findElement(By.id("partiesForm:add")).click();
        expectMessage("Party added.");
        assertThat(dcc.get(path).status()).isEqualTo(200);
    }

    @Test
    void withSeveralRequestedHashesAReplaceNamesOneAndAHashNotRequestedIsRefusedChangingNothing() throws Exception {
        String model = newModel();
        long entryId = currentHashFromSupplier2(model, newHash());
        String firstHash = newHash();
        String secondHash = newHash();
        byte[] first = csv(with(esme("38040404", firstHash), FormColumn.MODEL_ID, model));
        Api.Reply firstSubmitted = Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions",
                Map.of("form", first, "signature", pki.sign(first, pki.maker, pki.bright)));
        assertThat(firstSubmitted.status()).as(firstSubmitted.body()).isEqualTo(202);
        String reference = investigationOf(entryId);
        byte[] second = csv(with(esme("38040404", secondHash), FormColumn.MODEL_ID, model));
        assertThat(Api.demo(base, "supplier2").postMultipart("api/v1/cpl/submissions",
                Map.of("form", second, "signature", pki.sign(second, pki.maker, pki.volt))).status()).isEqualTo(202);
        String path = "api/v1/cpl/investigations/" + reference;
        Api secas = Api.demo(base, "secas");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> secas
                .get(path).json().getJsonArray("requestedHashes").size() == 2);
        assertThat(secas.get(path).json().getJsonArray("requestedHashes").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly(firstHash, secondHash);
        String open = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> secas.openTask(reference, "Open the investigation"), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(secas.post("api/v1/tasks/" + open + "/complete", "{}").status()).isEqualTo(204);
        String recommend = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> secas.openTask(reference, "Recommend replace or retain"), java.util.Optional::isPresent)
                .orElseThrow();

        // A Hash no row requests: 400 naming the requested ones, nothing recorded, the task still open.
        String bad = newHash();
        Api.Reply refused = secas.post("api/v1/tasks/" + recommend + "/complete", "{\"outcome\":\"replace\",\"hash\":\""
                + bad + "\",\"reasons\":\"Volt's image\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Hash " + bad + " is not requested in investigation " + reference)
                .contains(firstHash).contains(secondHash);
        Api.Reply unnamed = secas.post("api/v1/tasks/" + recommend + "/complete",
                "{\"outcome\":\"replace\",\"reasons\":\"Volt's image\"}");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body()).contains("say which one replaces the current Hash");
        JsonObject unchanged = secas.get(path).json();
        assertThat(unchanged.getString("state")).isEqualTo("INVESTIGATING");
        assertThat(unchanged.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("kind"))).doesNotContain("RECOMMENDED");
        assertThat(secas.openTask(reference, "Recommend replace or retain")).contains(recommend);

        assertThat(secas.post("api/v1/tasks/" + recommend + "/complete", "{\"outcome\":\"replace\",\"hash\":\""
                + secondHash + "\",\"reasons\":\"Volt's image is the released one\"}").status()).isEqualTo(204);
        JsonObject recommended = secas.get(path).json().getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("RECOMMENDED")).findFirst().orElseThrow();
        assertThat(recommended.getString("imageHash")).isEqualTo(secondHash);

        // The Panel chooses on the page: the Hash of the second submission, as recommended.
        signIn("panel", "panel-password");
        openFromInbox(reference, "Decide: replace or retain the current Hash");
        assertThat(driver.findElement(By.id("recommendation")).getText()).contains(secondHash);
        driver.findElement(By.cssSelector("input[name='outcomeForm:outcome'][value='replace']")).click();
        assertThat(driver.findElements(By.cssSelector("input[name='outcomeForm:hash']"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("input[name='outcomeForm:hash'][value='" + secondHash + "']"))
                .isSelected()).as("the recommended Hash is chosen to start with").isTrue();
        driver.findElement(By.id("outcomeForm:reasons")).sendKeys("Volt Supply's image (Panel minute 14).");
        driver.findElement(By.id("outcomeForm:decide")).click();
        expectMessage("Decision recorded");

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> secondHash
                .equals(Api.anonymous(base).get("api/v1/cpl/entries/" + entryId).json().getString("currentHash", null)));
        String firstReference = firstSubmitted.json().getString("reference");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> secas
                .get("api/v1/cpl/submissions/" + firstReference).body().contains("the Panel chose Hash " + secondHash));
    }

    /** The id of the request to this party, asked with this question, as SECAS reads it over the API. */
    private long requestId(String path, String party, String question) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Api.demo(base, "secas").get(path).json()
                .getJsonArray("requests").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("party").equals(party) && q.getString("question").equals(question))
                .map(q -> q.getJsonNumber("id").longValue()).findFirst().orElse(-1L), id -> id > 0);
    }

    private static String timeline() {
        return driver.findElement(By.id("timeline")).getText();
    }

    @Test
    void secasFollowsUpAndChasesAndOnlyTheAskedPartySeesAndAnswersItsFollowUp() throws Exception {
        String model = newModel();
        long entryId = currentHashFromSupplier2(model, newHash());
        byte[] form = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model));
        assertThat(Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions",
                Map.of("form", form, "signature", pki.sign(form, pki.maker, pki.bright))).status()).isEqualTo(202);
        String reference = investigationOf(entryId);
        String path = "api/v1/cpl/investigations/" + reference;

        // SECAS opens the investigation and asks Bright Energy (the submitter), which answers through its login.
        signIn("secas", "secas-password");
        openFromInbox(reference, "Open the investigation");
        driver.findElement(By.id("openForm:open")).click();
        expectMessage("Investigation opened");
        String first = "Did the new Hash come from the manufacturer's released image?";
        ask("Bright Energy", first);
        long firstId = requestId(path, "Bright Energy", first);
        answer("supplier", reference, "Yes: we computed it from the image Meterworks sent us.", null);

        // SECAS sends a follow-up to that request; the page names the request it follows.
        signIn("secas", "secas-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        String followUp = "Which release note of Meterworks lists that image? Please attach it.";
        ask("Bright Energy", followUp, "Request " + firstId + " to Bright Energy");
        long followUpId = requestId(path, "Bright Energy", followUp);
        assertThat(driver.findElement(By.id("request-" + followUpId)).getText())
                .contains("(follows request " + firstId + ")").contains(followUp);
        assertThat(timeline()).contains("Question sent to Bright Energy").contains("Answer received from Bright Energy")
                .contains("Follow-up question sent to Bright Energy").doesNotContain("ASKED").doesNotContain("ANSWERED");

        // Volt Supply is involved but was not asked: it neither sees nor answers the follow-up (UI and API).
        Api volt = Api.demo(base, "supplier2");
        String answerPath = path + "/requests/" + followUpId + "/answer";
        assertThat(postAnswer(volt, answerPath, "Answering for Bright Energy").status()).isEqualTo(404);
        assertThat(volt.get(path + "/requests/" + followUpId + "/evidence").status()).isEqualTo(404);
        JsonObject voltView = volt.get(path).json();
        assertThat(voltView.getJsonArray("requests")).isEmpty();
        assertThat(voltView.toString()).doesNotContain(followUp).doesNotContain("Follow-up question sent");
        signIn("supplier2", "supplier2-password");
        driver.get(base + "home");
        Browser.pageTitle(driver);
        assertThat(driver.findElements(By.xpath("//tr[contains(., '" + reference
                + "') and contains(., \"Answer SECAS's question\")]"))).as("no task of Bright Energy's").isEmpty();
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Investigation " + reference);
        assertThat(driver.findElement(By.id("requests")).getText()).doesNotContain(followUp).doesNotContain(first);
        assertThat(timeline()).doesNotContain("Follow-up question sent").doesNotContain("Answer received from");
        assertThat(driver.findElements(By.cssSelector("form[id$='answerForm']"))).isEmpty();
        // The DCC is not involved: the investigation and the request do not exist for it.
        Api dcc = Api.demo(base, "dcc");
        assertThat(dcc.get(path).status()).isEqualTo(404);
        assertThat(postAnswer(dcc, answerPath, "Not ours").status()).isEqualTo(404);
        signIn("dcc", "dcc-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        assertThat(Browser.pageTitle(driver)).isEqualTo("Page not found");
        JsonObject stillOpen = Api.demo(base, "secas").get(path).json().getJsonArray("requests").stream()
                .map(JsonValue::asJsonObject).filter(q -> q.getJsonNumber("id").longValue() == followUpId)
                .findFirst().orElseThrow();
        assertThat(stillOpen.containsKey("answer") && !stillOpen.isNull("answer")).as("not answered by others").isFalse();

        // Bright Energy finds the follow-up in its own inbox and answers it with evidence.
        answer("supplier", reference, "Release note RN-38040404, attached.", file(".txt",
                "RN-38040404: image released".getBytes(StandardCharsets.UTF_8)));
        assertThat(driver.findElement(By.id("requests")).getText()).contains(followUp)
                .contains("Release note RN-38040404, attached.");
        assertThat(driver.findElements(By.cssSelector("form[id$='answerForm']"))).isEmpty();

        // SECAS asks the manufacturer, which does not answer: at the due date it is reminded, at the escalation
        // date SECAS gets "Chase the overdue answer" (the request's timers are run now rather than in days).
        signIn("secas", "secas-password");
        driver.get(base + "cpl/investigation.xhtml?reference=" + reference);
        String unanswered = "Please confirm which of the two images you built for firmware 38040404.";
        ask("Meterworks Manufacturing", unanswered);
        long overdueId = requestId(path, "Meterworks Manufacturing", unanswered);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Api.anonymous(base).post("it/due-timers?reference=" + reference + "&request=" + overdueId).status(),
                status -> status == 204);
        openFromInbox(reference, "Chase the overdue answer");
        assertThat(timeline()).contains("Reminder sent to Meterworks Manufacturing")
                .contains("Answer overdue from Meterworks Manufacturing");
        assertThat(driver.findElements(By.cssSelector("form[id$='chaseForm']"))).hasSize(1);
        String note = "Phoned Meterworks' compliance lead; the answer is promised for Friday.";
        driver.findElement(By.cssSelector("textarea[id$='chaseForm:chaseNote']")).sendKeys(note);
        screenshot("secas-investigation-chase");
        // A chase without a note is refused and the task stays.
        driver.findElement(By.cssSelector("textarea[id$='chaseForm:chaseNote']")).clear();
        driver.findElement(By.cssSelector("input[id$='chaseForm:chase']")).click();
        expectMessage("Say what you did to chase the answer.");
        assertThat(timeline()).doesNotContain("SECAS chased");
        driver.findElement(By.cssSelector("textarea[id$='chaseForm:chaseNote']")).sendKeys(note);
        driver.findElement(By.cssSelector("input[id$='chaseForm:chase']")).click();
        expectMessage("Chase recorded.");
        Browser.waitFor(driver).until(d -> timeline().contains("SECAS chased Meterworks Manufacturing for the overdue"
                + " answer"));
        assertThat(timeline()).contains(note).doesNotContain("CHASED");
        assertThat(driver.findElements(By.cssSelector("form[id$='chaseForm']"))).isEmpty();

        // The API has the same words beside the codes; the chase is the manufacturer's, not Bright Energy's.
        JsonObject chased = Api.demo(base, "secas").get(path).json().getJsonArray("timeline").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("kind").equals("CHASED")).findFirst()
                .orElseThrow();
        assertThat(chased.getString("label")).isEqualTo("SECAS chased Meterworks Manufacturing for the overdue answer");
        assertThat(chased.getString("note")).contains(note);
        assertThat(Api.demo(base, "manufacturer").get(path).body()).contains("SECAS chased Meterworks");
        assertThat(Api.demo(base, "supplier").get(path).body()).doesNotContain("CHASED").doesNotContain(unanswered)
                .contains("Follow-up question sent to Bright Energy");
    }

    @Test
    void theDccAnswersAQuestionOnceSecasBringsItIn() throws Exception {
        String model = newModel();
        long entryId = currentHashFromSupplier2(model, newHash());
        byte[] form = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model));
        assertThat(Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions",
                Map.of("form", form, "signature", pki.sign(form, pki.maker, pki.bright))).status()).isEqualTo(202);
        String reference = investigationOf(entryId);

        signIn("secas", "secas-password");
        openFromInbox(reference, "Open the investigation");
        new Select(driver.findElement(By.id("partiesForm:addParty"))).selectByVisibleText("Smart DCC (DCC)");
        driver.findElement(By.id("partiesForm:add")).click();
        expectMessage("Party added.");
        driver.findElement(By.id("openForm:open")).click();
        expectMessage("Investigation opened");
        String question = "Has any Communications Hub reported this firmware's image Hash to the DCC?";
        ask("Smart DCC", question);

        signIn("dcc", "dcc-password");
        openFromInbox(reference, "Answer SECAS's question");
        assertThat(driver.findElement(By.id("requests")).getText()).contains(question);
        driver.findElement(By.cssSelector("textarea[id$='answerForm:answer']"))
                .sendKeys("No device has reported either Hash yet.");
        screenshot("dcc-investigation-answer");
        driver.findElement(By.cssSelector("input[id$='answerForm:send']")).click();
        expectMessage("Answer sent to SECAS.");
        assertThat(timeline()).contains("Question sent to Smart DCC").contains("Answer received from Smart DCC");
    }

    /** Replaces an input's text (clear() does not fire the change event the page listens to). */
    private static final class WebElementValue {

        static void set(org.openqa.selenium.WebElement input, String value) {
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value);
        }
    }
}
