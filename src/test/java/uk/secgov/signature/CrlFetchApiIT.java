package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/** Fetching a trust anchor's CRL from its address: loaded, unchanged, failures that keep the last good CRL, warnings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrlFetchApiIT {

    /** What the publication point answers: a status and a body. */
    record Publication(int status, byte[] body) {
    }

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private HttpServer publicationPoint;
    private final AtomicReference<Publication> published = new AtomicReference<>(new Publication(404, new byte[0]));

    @BeforeEach
    void aCrlPublicationPoint() throws Exception {
        publicationPoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publicationPoint.createContext("/", exchange -> {
            Publication p = published.get();
            exchange.sendResponseHeaders(p.status(), p.body().length == 0 ? -1 : p.body().length);
            if (p.body().length > 0) {
                exchange.getResponseBody().write(p.body());
            }
            exchange.close();
        });
        publicationPoint.start();
    }

    @AfterEach
    void stop() {
        publicationPoint.stop(0);
    }

    @Test
    void fetchesLoadsOnlyNewerSignedCrlsAndKeepsTheLastGoodOneWhenAFetchFails() throws Exception {
        Api admin = Api.demo(base, "admin");
        TestPki.Issued ca = TestPki.rootCa("CN=Fetch Root " + UUID.randomUUID().toString().substring(0, 8) + ",O=Test DCC,C=GB");
        String subject = ca.certificate().getSubjectX500Principal().getName();
        String url = "http://127.0.0.1:" + publicationPoint.getAddress().getPort() + "/ca.crl";
        long id = admin.post("api/v1/trust-anchors?crlUrl=" + url, "application/x-pem-file",
                CryptoFilesTest.pem("CERTIFICATE", ca.certificate().getEncoded()).getBytes(StandardCharsets.US_ASCII))
                .json().getJsonNumber("id").longValue();
        assertThat(admin.get("api/v1/trust-anchors/warnings").body()).contains("No CRL is loaded for " + subject);

        Instant issued = Instant.now().minus(Duration.ofHours(2));
        published.set(new Publication(200, TestPki.crl(ca, ca.key(), issued, issued.plus(Duration.ofDays(7)), Map.of())
                .getEncoded()));
        assertThat(fetch(admin, id).getString("outcome")).isEqualTo("LOADED");
        assertThat(fetch(admin, id).getString("outcome")).isEqualTo("UNCHANGED");
        assertThat(admin.get("api/v1/trust-anchors/warnings").body()).doesNotContain(subject);

        published.set(new Publication(500, new byte[0]));
        JsonObject failed = fetch(admin, id);
        assertThat(failed.getString("outcome")).isEqualTo("FAILED");
        assertThat(failed.getString("detail")).contains("HTTP 500").contains("The last good CRL stays in use");
        assertThat(admin.get("api/v1/trust-anchors/warnings").body()).contains("HTTP 500");
        assertThat(admin.get("api/v1/crls?size=500").body()).contains(subject);

        published.set(new Publication(200, TestPki.crl(ca, TestPki.rsa(2048).getPrivate(), issued.plus(Duration.ofMinutes(5)),
                issued.plus(Duration.ofDays(7)), Map.of()).getEncoded()));
        assertThat(fetch(admin, id).getString("detail")).contains("not signed by the key of its issuer");

        Instant lateIssue = Instant.now().minus(Duration.ofMinutes(90));
        published.set(new Publication(200, TestPki.crl(ca, ca.key(), lateIssue, lateIssue.plus(Duration.ofMinutes(30)),
                Map.of()).getEncoded()));
        assertThat(fetch(admin, id).getString("outcome")).isEqualTo("LOADED");
        assertThat(admin.get("api/v1/trust-anchors/warnings").body()).contains("The CRL of " + subject + " went stale at");
    }

    @Test
    void onlyAnAdministratorMayFetch() {
        assertThat(Api.demo(base, "secas").post("api/v1/trust-anchors/1/fetch-crl").status()).isEqualTo(403);
        assertThat(Api.demo(base, "admin").post("api/v1/trust-anchors/987654321/fetch-crl").status()).isEqualTo(404);
    }

    private static JsonObject fetch(Api admin, long id) {
        Api.Reply reply = admin.post("api/v1/trust-anchors/" + id + "/fetch-crl");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
