package uk.secgov.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;

/**
 * A CPL submission's steps over the API, as the ITs that drive it take them: sign a form with the test IKI, submit it,
 * wait for its status, find and complete its tasks. One per test class: it uploads the test IKI's trust anchors to the
 * server when made.
 */
public final class CplSubmissionSteps {

    public static final String SUBMISSIONS = "api/v1/cpl/submissions";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(300);

    /** The test IKI whose anchors the server trusts: the manufacturer, the suppliers and the DCC sign with it. */
    public final IkiFixture pki;
    private final URL base;

    private CplSubmissionSteps(URL base, IkiFixture pki) {
        this.base = base;
        this.pki = pki;
    }

    /** Steps against the server at {@code base}, which from now on trusts the test IKI. */
    public static CplSubmissionSteps registered(URL base) throws Exception {
        return new CplSubmissionSteps(base, IkiFixture.registered(base));
    }

    /** A model id no other test uses, so each test meets a Device Model the CPL has never seen. */
    public static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A Hash nobody has submitted. */
    public static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    /** A one-row ESME form for a new model with a new Hash. */
    public static byte[] newEsmeForm() {
        return newEsmeForm(newHash());
    }

    /** A one-row ESME form for a new model with {@code hash}. */
    public static byte[] newEsmeForm(String hash) {
        return csv(with(esme("38040404", hash), FormColumn.MODEL_ID, newModel()));
    }

    /** The multipart body of a submission. */
    public static Map<String, byte[]> parts(byte[] form, byte[] signature) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", signature);
        return parts;
    }

    /** Submitted by {@code user} and received at once (202); its reference. */
    public String submit(String user, byte[] form, byte[] signature) {
        Api.Reply reply = Api.demo(base, user).postMultipart(SUBMISSIONS, parts(form, signature));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().getString("status")).isEqualTo("RECEIVED");
        String reference = reply.json().getString("reference");
        assertThat(reference).matches("CPL-20\\d\\d-\\d{6}");
        return reference;
    }

    /** The supplier's submission of the form, signed by the manufacturer and Bright Energy, once SECAS may review it. */
    public String awaitingReview(byte[] form) throws Exception {
        String reference = submit("supplier", form, pki.sign(form, pki.maker, pki.bright));
        awaitStatus("supplier", reference, "AWAITING_REVIEW");
        return reference;
    }

    /** Associated through SECAS's review and the Panel's decision, as any accepted row. */
    public String associated(String user, byte[] form, byte[] signature) {
        String reference = submit(user, form, signature);
        awaitStatus(user, reference, "AWAITING_REVIEW");
        complete("secas", reference, "SECAS review", "{\"row2\":\"associate\",\"reason2\":\"Signed, no current Hash\"}");
        complete("panel", reference, "Panel decision", "{\"row2\":\"associate\",\"reason2\":\"As recommended\"}");
        awaitStatus(user, reference, "COMPLETED");
        return reference;
    }

    /** The submission as {@code user} sees it, once it has {@code status}. */
    public JsonObject awaitStatus(String user, String reference, String status) {
        Api api = Api.demo(base, user);
        JsonObject[] last = new JsonObject[1];
        Awaitility.await().atMost(WAIT).pollInterval(POLL).until(() -> {
            Api.Reply reply = api.get(SUBMISSIONS + "/" + reference);
            last[0] = reply.status() == 200 ? reply.json() : null;
            return last[0] != null && status.equals(last[0].getString("status"));
        });
        return last[0];
    }

    /** The id of the case's open task {@code name}, once {@code user} has it. */
    public String taskOf(String user, String reference, String name) {
        Api api = Api.demo(base, user);
        return Awaitility.await().atMost(WAIT).pollInterval(POLL)
                .until(() -> api.openTask(reference, name), Optional::isPresent).orElseThrow();
    }

    /** The case's task {@code name} completed by {@code user} with {@code fields} (204). */
    public void complete(String user, String reference, String name, String fields) {
        Api.Reply done = Api.demo(base, user).post("api/v1/tasks/" + taskOf(user, reference, name) + "/complete",
                fields);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
}
