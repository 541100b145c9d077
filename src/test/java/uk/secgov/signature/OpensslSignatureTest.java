package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.SubmissionSignatureCheck.TrustMaterial;
import uk.secgov.signature.SubmissionSignatureCheck.Verdict;

/**
 * Signatures made by the openssl command line, as a manufacturer and a supplier would make them
 * (docs/signature-verification.md): {@code openssl cms -sign} by the manufacturer, then
 * {@code openssl cms -resign} by the supplier.
 */
class OpensslSignatureTest {

    private static final Instant NOW = Instant.now();
    private static TestPki.Issued root;
    private static TestPki.Issued issuing;
    private static TestPki.Issued maker;
    private static TestPki.Issued supplier;
    private static TrustMaterial trust;

    @TempDir
    Path dir;

    private final SubmissionSignatureCheck check = new SubmissionSignatureCheck(new CmsSignatureCheck(),
            new CertificatePathCheck(), org -> Optional.ofNullable(Map.of(
                    "Meterworks Manufacturing Ltd", new SignerParty(6, "Meterworks Manufacturing",
                            SignerParty.Kind.MANUFACTURER, Optional.of("1063"), true),
                    "Bright Energy Ltd", new SignerParty(4, "Bright Energy", SignerParty.Kind.SUPPLIER,
                            Optional.empty(), true)).get(org)));

    @BeforeAll
    static void aTestIkiPki() {
        root = TestPki.rootCa("CN=Openssl Root,O=Test DCC,C=GB");
        issuing = TestPki.issuingCa(root, "CN=Openssl Issuing,O=Test DCC,C=GB");
        maker = TestPki.signer(issuing, "CN=File Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB", TestPki.rsa(2048),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
        supplier = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Bright Energy Ltd,C=GB", TestPki.ecP256(),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
        trust = new TrustMaterial(List.of(root.certificate()), List.of(
                TestPki.crl(root, root.key(), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(7)), Map.of()),
                TestPki.crl(issuing, issuing.key(), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(7)), Map.of())));
    }

    private Path pem(String name, Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text.toString());
        return file;
    }

    private void openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private byte[] signedByManufacturerAndSupplier(String digest) throws Exception {
        Files.writeString(dir.resolve("form.csv"), "ESME,1063,00050203,38040404\n");
        pem("maker.pem", maker.certificate());
        pem("maker.key", new JcaPKCS8Generator(maker.key(), null));
        pem("supplier.pem", supplier.certificate());
        pem("supplier.key", new JcaPKCS8Generator(supplier.key(), null));
        pem("chain.pem", issuing.certificate());
        openssl("cms", "-sign", "-binary", "-md", digest, "-outform", "DER", "-in", "form.csv", "-signer", "maker.pem",
                "-inkey", "maker.key", "-certfile", "chain.pem", "-out", "maker.p7s");
        openssl("cms", "-resign", "-binary", "-md", digest, "-inform", "DER", "-in", "maker.p7s", "-outform", "DER",
                "-signer", "supplier.pem", "-inkey", "supplier.key", "-out", "signed.p7s");
        return Files.readAllBytes(dir.resolve("signed.p7s"));
    }

    @Test
    void aFormSignedWithOpensslByTheManufacturerAndResignedByTheSupplierPasses() throws Exception {
        byte[] signature = signedByManufacturerAndSupplier("sha256");

        Verdict verdict = check.verify(Files.readAllBytes(dir.resolve("form.csv")), signature,
                new Expectations("1063", 4, false), trust, NOW.plus(Duration.ofMinutes(1)));

        assertThat(verdict.indication()).as(verdict.summary() + " " + verdict.signatures()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.signatures()).hasSize(2);
    }

    @Test
    void anOpensslSignatureWithSha1IsRefused() throws Exception {
        byte[] signature = signedByManufacturerAndSupplier("sha1");

        Verdict verdict = check.verify(Files.readAllBytes(dir.resolve("form.csv")), signature,
                new Expectations("1063", 4, false), trust, NOW.plus(Duration.ofMinutes(1)));

        assertThat(verdict.isPassed()).isFalse();
        assertThat(verdict.summary()).contains("SHA-256 or stronger");
    }
}
