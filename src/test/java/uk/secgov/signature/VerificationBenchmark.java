package uk.secgov.signature;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One realistic verification, warm: a form signed by a manufacturer (RSA-2048) and endorsed by a
 * supplier (ECDSA P-256), both under an issuing CA whose CRL has 1,000 entries; against a plain
 * Bouncy Castle CMS check plus the JDK's PKIX path validation of the same files.
 * Run with src/test/scripts/benchmark-verification.sh; figures in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class VerificationBenchmark {

    private static final Instant NOW = TestPki.NOW;

    private byte[] form;
    private byte[] cms;
    private SubmissionSignatureCheck check;
    private SubmissionSignatureCheck.Expectations expectations;
    private SubmissionSignatureCheck.TrustMaterial trust;
    private TestPki.Issued root;
    private TestPki.Issued issuing;
    private List<X509CRL> crls;

    @Setup
    public void aSignedSubmission() throws Exception {
        root = TestPki.rootCa("CN=Bench Root,O=Test DCC,C=GB");
        issuing = TestPki.issuingCa(root, "CN=Bench Issuing,O=Test DCC,C=GB");
        TestPki.Issued maker = TestPki.signer(issuing, "CN=File Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");
        TestPki.Issued supplier = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Bright Energy Ltd,C=GB",
                TestPki.ecP256(), NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(300)));
        Map<BigInteger, Instant> revoked = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            revoked.put(BigInteger.valueOf(5_000_000L + i), NOW.minus(Duration.ofDays(10)));
        }
        crls = List.of(TestPki.freshCrl(root, Map.of()), TestPki.freshCrl(issuing, revoked));
        form = "ESME,1063,00050203,38040404\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        cms = TestSigner.parallel(form, false, "SHA256", List.of(issuing.certificate()), maker, supplier);
        trust = new SubmissionSignatureCheck.TrustMaterial(List.of(root.certificate()), crls);
        expectations = new SubmissionSignatureCheck.Expectations("1063", 4, false);
        Map<String, SignerParty> parties = Map.of(
                "Meterworks Manufacturing Ltd", new SignerParty(6, "Meterworks Manufacturing", SignerParty.Kind.MANUFACTURER,
                        Optional.of("1063"), true),
                "Bright Energy Ltd", new SignerParty(4, "Bright Energy", SignerParty.Kind.SUPPLIER, Optional.empty(), true));
        check = new SubmissionSignatureCheck(new CmsSignatureCheck(), new CertificatePathCheck(),
                org -> Optional.ofNullable(parties.get(org)));
        if (!fullVerification().isPassed() || !plainBouncyCastleAndPkix()) {
            throw new IllegalStateException("the benchmark's signatures must pass");
        }
    }

    @Benchmark
    public SubmissionSignatureCheck.Verdict fullVerification() {
        return check.verify(form, cms, expectations, trust, NOW);
    }

    @Benchmark
    public boolean plainBouncyCastleAndPkix() throws Exception {
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(form), cms);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        boolean all = true;
        for (SignerInformation signer : data.getSignerInfos().getSigners()) {
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(new java.io.ByteArrayInputStream(
                    ((org.bouncycastle.cert.X509CertificateHolder) data.getCertificates().getMatches(signer.getSID())
                            .iterator().next()).getEncoded()));
            all &= signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root.certificate(), null)));
            List<Object> material = new ArrayList<>(crls);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(material)));
            parameters.setDate(Date.from(NOW));
            PKIXRevocationChecker revocation = (PKIXRevocationChecker) validator.getRevocationChecker();
            revocation.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
            parameters.addCertPathChecker(revocation);
            validator.validate(factory.generateCertPath(List.of(certificate, issuing.certificate())), parameters);
        }
        return all;
    }
}
