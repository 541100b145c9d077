package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.secgov.platform.time.UkFormat;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.SubmissionSignatureCheck.TrustMaterial;
import uk.secgov.signature.SubmissionSignatureCheck.Verdict;

/**
 * A signature corpus made at test time with the openssl command line alone ({@code openssl req},
 * {@code openssl ca} for certificates, revocations and CRLs, {@code openssl cms} for signatures): an
 * IKI root, an issuing CA in good standing and one the root's CRL revokes, and the mistakes
 * suppliers and manufacturers make. Each case gives its ETSI indication and the exact plain reason.
 * Only the bad countersignature needs Bouncy Castle, as openssl cannot countersign.
 */
class OpensslCorpusTest {

    private static final String FORM = "ESME,1063,00050203,38040404\n";
    private static final String MAKER = "/C=GB/O=Meterworks Manufacturing Ltd/OU=MFR/CN=File Signing";
    private static final String SUPPLIER = "/C=GB/O=Bright Energy Ltd/OU=SUP/CN=File Signing";

    @TempDir
    static Path pki;

    private static Path root;
    private static Path issuing;
    private static Path revokedIssuing;
    private static Instant revokedAt;
    private static TrustMaterial underRoot;
    private static TrustMaterial allAsAnchors;

    @TempDir
    Path dir;

    private final SubmissionSignatureCheck check = new SubmissionSignatureCheck(new CmsSignatureCheck(),
            new CertificatePathCheck(), org -> Optional.ofNullable(Map.of(
                    "Meterworks Manufacturing Ltd", new SignerParty(6, "Meterworks Manufacturing",
                            SignerParty.Kind.MANUFACTURER, Optional.of("1063"), true),
                    "Bright Energy Ltd", new SignerParty(4, "Bright Energy", SignerParty.Kind.SUPPLIER,
                            Optional.empty(), true)).get(org)));

    @BeforeAll
    static void anIkiMadeWithOpenssl() throws Exception {
        root = ca("root", null, "/C=GB/O=Test DCC/CN=Corpus Root");
        issuing = ca("issuing", root, "/C=GB/O=Test DCC/CN=Corpus Issuing");
        revokedIssuing = ca("revoked-issuing", root, "/C=GB/O=Test DCC/CN=Corpus Revoked Issuing");
        for (Path ca : List.of(issuing, revokedIssuing)) {
            holder(ca, "maker", MAKER, "sha256", null, null);
            holder(ca, "supplier", SUPPLIER, "sha256", null, null);
        }
        holder(issuing, "maker-expired", MAKER, "sha256", "20250101000000Z", "20260301120000Z");
        holder(issuing, "maker-not-yet-valid", MAKER, "sha256", "20300101000000Z", "20310101000000Z");
        holder(issuing, "maker-sha1", MAKER, "sha1", null, null);
        revokedAt = Instant.now();
        openssl(pki, "ca", "-config", root.resolve("ca.cnf").toString(), "-revoke",
                revokedIssuing.resolve("ca.pem").toString(), "-crl_reason", "keyCompromise");
        List<X509CRL> crls = List.of(crl(root), crl(issuing), crl(revokedIssuing));
        underRoot = new TrustMaterial(List.of(certificate(root.resolve("ca.pem"))),
                List.of(certificate(issuing.resolve("ca.pem")), certificate(revokedIssuing.resolve("ca.pem"))), crls);
        allAsAnchors = new TrustMaterial(List.of(certificate(root.resolve("ca.pem")), certificate(issuing.resolve("ca.pem")),
                certificate(revokedIssuing.resolve("ca.pem"))), crls);
    }

    @Test
    void aSignatureUnderAnIssuingCaRegisteredUnderItsRootPasses() throws Exception {
        Verdict verdict = verify(FORM, signed(issuing, "maker", FORM), underRoot);

        assertThat(verdict.indication()).as(verdict.summary()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void anIssuingCaRevokedByItsRootFailsEverySignatureUnderItWhenRegisteredUnderTheRoot() throws Exception {
        Verdict verdict = verify(FORM, signed(revokedIssuing, "maker", FORM), underRoot);

        expect(verdict, Indication.TOTAL_FAILED, SubIndication.REVOKED, "Not passed: Meterworks Manufacturing's signature:"
                + " The IKI issuing CA Corpus Revoked Issuing, which issued the manufacturer's certificate, was revoked on "
                + UkFormat.WORDS.format(revokedAt) + " (key compromise): nothing signed under it is trusted. Sign again with a"
                + " certificate from a current IKI issuing CA.");
        assertThat(verdict.signatures()).allSatisfy(s -> assertThat(s.subIndication()).isEqualTo(SubIndication.REVOKED));
    }

    @Test
    void anIssuingCaRevokedByItsRootFailsEverySignatureUnderItWhenRegisteredAsAnAnchorItself() throws Exception {
        Verdict verdict = verify(FORM, signed(revokedIssuing, "maker", FORM), allAsAnchors);

        expect(verdict, Indication.TOTAL_FAILED, SubIndication.REVOKED, "Not passed: Meterworks Manufacturing's signature:"
                + " The IKI issuing CA Corpus Revoked Issuing, which issued the manufacturer's certificate, was revoked on "
                + UkFormat.WORDS.format(revokedAt) + " (key compromise): nothing signed under it is trusted. Sign again with a"
                + " certificate from a current IKI issuing CA.");
        assertThat(verdict.signatures()).allSatisfy(s -> assertThat(s.subIndication()).isEqualTo(SubIndication.REVOKED));
    }

    @Test
    void opensslItselfSaysTheIssuingCaIsRevoked() throws Exception {
        Files.writeString(dir.resolve("chain.pem"), Files.readString(root.resolve("ca.pem"))
                + Files.readString(revokedIssuing.resolve("ca.pem")));
        Files.writeString(dir.resolve("crls.pem"), Files.readString(root.resolve("crl.pem"))
                + Files.readString(revokedIssuing.resolve("crl.pem")));

        String output = run(dir, false, "verify", "-crl_check_all", "-CAfile", dir.resolve("chain.pem").toString(),
                "-CRLfile", dir.resolve("crls.pem").toString(), revokedIssuing.resolve("maker/cert.pem").toString());

        assertThat(output).contains("certificate revoked");
    }

    @Test
    void aFormChangedAfterSigningFails() throws Exception {
        byte[] signature = signed(issuing, "maker", FORM);

        Verdict verdict = verify("ESME,1063,00050203,38040405\n", signature, underRoot);

        expect(verdict, Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE, "Not passed: Meterworks Manufacturing's"
                + " signature: The form was changed after the manufacturer signed it, or the signature is for another"
                + " file: upload the exact form that was signed.");
    }

    @Test
    void aSignatureOverAnotherFileFails() throws Exception {
        byte[] signature = signed(issuing, "maker", "GSME,1063,00050203,38040404\n");

        Verdict verdict = verify(FORM, signature, underRoot);

        expect(verdict, Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE, "Not passed: Meterworks Manufacturing's"
                + " signature: The form was changed after the manufacturer signed it, or the signature is for another"
                + " file: upload the exact form that was signed.");
    }

    @Test
    void aCountersignatureOverAnotherSignatureFails() throws Exception {
        byte[] makerSignature = signedBy(issuing, "maker", FORM, "maker.p7s");
        byte[] otherSignature = signedBy(issuing, "maker", "GSME\n", "other.p7s");
        byte[] countersignedOther = TestSigner.countersign("GSME\n".getBytes(StandardCharsets.UTF_8), otherSignature,
                new TestPki.Issued(certificate(issuing.resolve("supplier/cert.pem")), key(issuing.resolve("supplier/key.pem"))),
                List.of(certificate(issuing.resolve("ca.pem"))));

        Verdict verdict = verify(FORM, withCountersignatureOf(makerSignature, countersignedOther), underRoot);

        expect(verdict, Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE, "Not passed: Bright Energy's signature:"
                + " The supplier's countersignature does not match the signature it countersigns: that signature was"
                + " changed after it was countersigned, so the supplier must countersign again.");
    }

    @Test
    void anExpiredCertificateIsNamedWithItsExpiryDate() throws Exception {
        Verdict verdict = verify(FORM, signed(issuing, "maker-expired", FORM), underRoot);

        expect(verdict, Indication.INDETERMINATE, SubIndication.OUT_OF_BOUNDS_NO_POE, "Not passed: Meterworks"
                + " Manufacturing's signature: The manufacturer's certificate expired on 1 March 2026: sign again with a"
                + " current certificate.");
    }

    @Test
    void aCertificateItsCaSignedWithSha1IsRefused() throws Exception {
        Verdict verdict = verify(FORM, signed(issuing, "maker-sha1", FORM), underRoot);

        expect(verdict, Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, "Not passed:"
                + " Meterworks Manufacturing's signature: The manufacturer's certificate was signed by the IKI CA Corpus"
                + " Issuing with SHA-1, which is no longer accepted: sign with a certificate signed with SHA-256 or stronger.");
    }

    @Test
    void aCertificateNotValidYetSaysFromWhen() throws Exception {
        Verdict verdict = verify(FORM, signed(issuing, "maker-not-yet-valid", FORM), underRoot);

        expect(verdict, Indication.INDETERMINATE, SubIndication.NOT_YET_VALID, "Not passed: Meterworks"
                + " Manufacturing's signature: The manufacturer's certificate is not valid until 1 January 2030: sign again"
                + " once it is valid, or with a current certificate.");
    }

    @Test
    void aMissingSignerCertificateIsNamedAsSuch() throws Exception {
        write(dir.resolve("form.csv"), FORM);
        openssl(dir, "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-nocerts", "-in", "form.csv",
                "-signer", issuing.resolve("maker/cert.pem").toString(), "-inkey", issuing.resolve("maker/key.pem").toString(),
                "-out", "maker.p7s");
        openssl(dir, "cms", "-resign", "-binary", "-md", "sha256", "-inform", "DER", "-in", "maker.p7s", "-outform", "DER",
                "-signer", issuing.resolve("supplier/cert.pem").toString(), "-inkey",
                issuing.resolve("supplier/key.pem").toString(), "-out", "signed.p7s");

        Verdict verdict = verify(FORM, Files.readAllBytes(dir.resolve("signed.p7s")), underRoot);

        expect(verdict, Indication.INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND, "Not passed: A signature:"
                + " The signer's certificate is missing from the signature file, so who signed cannot be told: sign again"
                + " including the certificate.");
        assertThat(verdict.rules().get(0).explanation()).isEqualTo("No signature by the manufacturer the form names as"
                + " the image creator (Manufacturer Identifier 1063); it is signed by a signer whose certificate is"
                + " missing from the signature file, Bright Energy.");
        assertThat(verdict.rules()).allSatisfy(rule -> assertThat(rule.explanation()).doesNotContain("null"));
    }

    private static void expect(Verdict verdict, Indication indication, SubIndication sub, String summary) {
        assertThat(verdict.indication()).as(verdict.summary()).isEqualTo(indication);
        assertThat(verdict.subIndication()).as(verdict.summary()).isEqualTo(sub);
        assertThat(verdict.summary()).isEqualTo(summary);
        assertThat(verdict.signatures()).allSatisfy(s -> assertThat(s.reasons())
                .allSatisfy(reason -> assertThat(reason).doesNotContain("null").doesNotContain("!")
                        .doesNotContain(s.subIndication() == null ? "TOTAL_" : s.subIndication().name())));
    }

    private Verdict verify(String form, byte[] signature, TrustMaterial trust) {
        return check.verify(form.getBytes(StandardCharsets.UTF_8), signature, new Expectations("1063", 4, false), trust,
                Instant.now().plus(Duration.ofMinutes(1)));
    }

    /** The manufacturer signs, the supplier under the same CA re-signs (a parallel signature), as the guide says. */
    private byte[] signed(Path ca, String maker, String form) throws Exception {
        signedBy(ca, maker, form, "maker.p7s");
        openssl(dir, "cms", "-resign", "-binary", "-md", "sha256", "-inform", "DER", "-in", "maker.p7s", "-outform", "DER",
                "-signer", ca.resolve("supplier/cert.pem").toString(), "-inkey", ca.resolve("supplier/key.pem").toString(),
                "-out", "signed.p7s");
        return Files.readAllBytes(dir.resolve("signed.p7s"));
    }

    private byte[] signedBy(Path ca, String holder, String form, String out) throws Exception {
        write(dir.resolve("form.csv"), form);
        openssl(dir, "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-in", "form.csv",
                "-signer", ca.resolve(holder + "/cert.pem").toString(), "-inkey", ca.resolve(holder + "/key.pem").toString(),
                "-certfile", ca.resolve("ca.pem").toString(), "-out", out);
        return Files.readAllBytes(dir.resolve(out));
    }

    /** The first signature of {@code signature} with the countersignature taken from another file's first signature. */
    private static byte[] withCountersignatureOf(byte[] signature, byte[] countersignedElsewhere) throws Exception {
        CMSSignedData target = new CMSSignedData(new CMSProcessableByteArray(FORM.getBytes(StandardCharsets.UTF_8)), signature);
        CMSSignedData donor = new CMSSignedData(countersignedElsewhere);
        SignerInformation original = target.getSignerInfos().getSigners().iterator().next();
        SignerInformation countersigned = donor.getSignerInfos().getSigners().iterator().next();
        SignerInformation grafted = SignerInformation.replaceUnsignedAttributes(original, countersigned.getUnsignedAttributes());
        CMSSignedData replaced = CMSSignedData.replaceSigners(target, new SignerInformationStore(grafted));
        return CMSSignedData.replaceCertificatesAndCRLs(replaced, donor.getCertificates(), null, null).getEncoded();
    }

    /** A CA directory for {@code openssl ca}: its key, certificate (self-signed, or issued by {@code parent}) and database. */
    private static Path ca(String name, Path parent, String subject) throws Exception {
        Path ca = Files.createDirectories(pki.resolve(name));
        write(ca.resolve("ca.cnf"), config(ca));
        write(ca.resolve("index.txt"), "");
        write(ca.resolve("serial"), "1000\n");
        write(ca.resolve("crlnumber"), "1000\n");
        if (parent == null) {
            openssl(ca, "req", "-x509", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
                    "-subj", subject, "-days", "3650", "-sha256", "-config", "ca.cnf", "-extensions", "v3_ca");
        } else {
            openssl(ca, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.csr",
                    "-subj", subject, "-config", "ca.cnf");
            openssl(ca, "ca", "-batch", "-config", parent.resolve("ca.cnf").toString(), "-extensions", "v3_ca",
                    "-preserveDN", "-notext", "-in", "ca.csr", "-out", "ca.pem", "-days", "1800");
        }
        return ca;
    }

    /** A file-signing key and certificate under {@code ca}, in {@code ca/holder/}; dates as openssl writes them, or a year from now. */
    private static void holder(Path ca, String holder, String subject, String digest, String notBefore, String notAfter)
            throws Exception {
        Path home = Files.createDirectories(ca.resolve(holder));
        openssl(home, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "req.csr",
                "-subj", subject, "-config", ca.resolve("ca.cnf").toString());
        List<String> arguments = new ArrayList<>(List.of("ca", "-batch", "-config", ca.resolve("ca.cnf").toString(),
                "-extensions", "signer", "-preserveDN", "-notext", "-md", digest, "-in", "req.csr", "-out", "cert.pem"));
        arguments.addAll(notBefore == null ? List.of("-days", "365") : List.of("-startdate", notBefore, "-enddate", notAfter));
        openssl(home, arguments.toArray(String[]::new));
    }

    private static X509CRL crl(Path ca) throws Exception {
        openssl(ca, "ca", "-config", "ca.cnf", "-gencrl", "-out", "crl.pem");
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(
                new ByteArrayInputStream(Files.readAllBytes(ca.resolve("crl.pem"))));
    }

    private static X509Certificate certificate(Path pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(Files.readAllBytes(pem)));
    }

    private static PrivateKey key(Path pem) throws Exception {
        try (Reader reader = Files.newBufferedReader(pem); PEMParser parser = new PEMParser(reader)) {
            return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
        }
    }

    private static String config(Path ca) {
        return """
                [ca]
                default_ca = this_ca
                [this_ca]
                dir = %s
                database = $dir/index.txt
                new_certs_dir = $dir
                serial = $dir/serial
                crlnumber = $dir/crlnumber
                certificate = $dir/ca.pem
                private_key = $dir/ca.key
                default_md = sha256
                default_crl_days = 7
                policy = any
                unique_subject = no
                [any]
                commonName = supplied
                organizationName = optional
                organizationalUnitName = optional
                countryName = optional
                [v3_ca]
                basicConstraints = critical,CA:true
                keyUsage = critical,keyCertSign,cRLSign
                subjectKeyIdentifier = hash
                authorityKeyIdentifier = keyid
                [signer]
                basicConstraints = critical,CA:false
                keyUsage = critical,digitalSignature
                subjectKeyIdentifier = hash
                authorityKeyIdentifier = keyid
                [req]
                distinguished_name = dn
                [dn]
                """.formatted(ca.toAbsolutePath());
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void openssl(Path workingDirectory, String... arguments) throws Exception {
        run(workingDirectory, true, arguments);
    }

    private static String run(Path workingDirectory, boolean mustSucceed, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (mustSucceed) {
            assertThat(exit).as(String.join(" ", command) + "\n" + output).isZero();
        }
        return output;
    }
}
