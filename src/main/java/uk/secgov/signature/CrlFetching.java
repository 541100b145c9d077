package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import uk.secgov.platform.security.Allowed;

/**
 * Fetches each active trust anchor's CRL from its configured address (the DCC publishes its CRL).
 * The download happens outside any transaction; what comes is received like an upload (issuer-signed
 * and newer only). A failure keeps the last good CRL in use and is logged, so the screens warn about it.
 */
@ApplicationScoped
public class CrlFetching {

    private static final Logger LOG = Logger.getLogger(CrlFetching.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    TrustAnchorRegistry anchors;

    @Inject
    CrlRegistry registry;

    /** Every active anchor with a CRL address, one attempt each. */
    @Allowed(Allowed.SYSTEM)
    public List<CrlFetch> fetchAll() {
        return anchors.activeWithCrlAddress().stream().map(a -> fetch(a.id(), a.crlUrl().orElseThrow())).toList();
    }

    @Allowed("admin")
    public CrlFetch fetchNow(long anchorId) {
        IkiTrustAnchor anchor = anchors.byId(anchorId);
        String url = anchor.crlUrl().orElseThrow(() -> new InvalidSignatureMaterial("crlUrl",
                "This trust anchor has no CRL address to fetch from."));
        if (!anchor.isActive()) {
            throw new InvalidSignatureMaterial("trustAnchor", "This trust anchor is retired.");
        }
        return fetch(anchorId, url);
    }

    private CrlFetch fetch(long anchorId, String url) {
        byte[] body;
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                return failed(anchorId, url, "the server answered HTTP " + response.statusCode());
            }
            body = Uploads.read("crl", response.body());
        } catch (IOException | InvalidSignatureMaterial e) {
            return failed(anchorId, url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(anchorId, url, "the fetch was interrupted");
        }
        try {
            IkiCrl crl = registry.receive(body, IkiCrl.Source.FETCH, "system");
            return registry.logFetch(anchorId, CrlFetch.Outcome.LOADED, "Loaded the CRL published at " + url + " ("
                    + crl.revokedCount() + " revoked certificates).");
        } catch (CrlNotNewer unchanged) {
            return registry.logFetch(anchorId, CrlFetch.Outcome.UNCHANGED, unchanged.getMessage());
        } catch (InvalidSignatureMaterial refused) {
            return failed(anchorId, url, refused.getMessage());
        }
    }

    private CrlFetch failed(long anchorId, String url, String why) {
        LOG.warning(() -> "Fetching the CRL from " + url + " failed: " + why);
        return registry.logFetch(anchorId, CrlFetch.Outcome.FAILED, "Fetching the CRL from " + url + " failed: " + why
                + ". The last good CRL stays in use.");
    }
}
