package uk.secgov.signature;

import eu.europa.esig.dss.cades.validation.CMSDocumentValidator;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * The CMS layer of a CPL signature file: EU DSS checks every signature (signer infos and
 * countersignatures) against the exact form bytes under {@link CplValidationPolicy}, and the CPL's
 * algorithm rules are applied on top (RSA of 2048 bits or more, or ECDSA P-256; SHA-256 or stronger).
 * Trust and revocation of the signers' certificates are for {@link CertificatePathCheck}.
 */
public class CmsSignatureCheck {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CmsSignatureCheck.class.getName());

    private static final Set<DigestAlgorithm> ACCEPTED_DIGESTS = Set.of(DigestAlgorithm.SHA256, DigestAlgorithm.SHA384,
            DigestAlgorithm.SHA512);

    /** One signature in the file, as DSS and the algorithm rules see it. */
    public record SignatureResult(String id, X509Certificate signer, boolean countersignature, String countersigns,
            Instant claimedSigningTime, String algorithm, Indication indication, SubIndication subIndication,
            List<String> reasons) {

        public boolean isPassed() {
            return indication == Indication.TOTAL_PASSED;
        }
    }

    /** What the file holds: the signatures (empty if it could not be read), the certificates it carries, DSS's report. */
    public record CmsResult(List<SignatureResult> signatures, List<X509Certificate> certificates, byte[] signedForm,
            String formatProblem, Supplier<String> detailedReportXml) {

        public boolean isReadable() {
            return formatProblem == null;
        }

        /** DSS's detailed report as XML, made when asked for (only a stored report needs it). */
        public String detailedReport() {
            return detailedReportXml == null ? null : detailedReportXml.get();
        }
    }

    public CmsResult check(byte[] form, byte[] signatureFile, Collection<X509Certificate> trustAnchors, Instant at) {
        byte[] der;
        CMSSignedData cms;
        try {
            der = CryptoFiles.cms("signature", signatureFile);
            cms = new CMSSignedData(der);
        } catch (InvalidSignatureMaterial unreadable) {
            return unreadable(unreadable.getMessage());
        } catch (CMSException | RuntimeException notCms) {
            return unreadable("The signature file is not a CMS SignedData structure (it may be truncated or another kind of file).");
        }
        try {
            byte[] signedForm = form;
            if (cms.getSignedContent() != null) {
                byte[] embedded = (byte[]) cms.getSignedContent().getContent();
                if (form != null && form.length > 0 && !java.util.Arrays.equals(form, embedded)) {
                    return unreadable("The signature file carries a form that differs from the form uploaded with it.");
                }
                signedForm = embedded;
            } else if (form == null || form.length == 0) {
                return unreadable("The signature is detached: the signed form must be uploaded with it.");
            }
            if (cms.getSignerInfos().size() == 0) {
                return unreadable("The signature file holds no signature.");
            }
            CMSDocumentValidator validator = new CMSDocumentValidator(new InMemoryDocument(der));
            if (cms.getSignedContent() == null) {
                validator.setDetachedContents(List.of(new InMemoryDocument(signedForm)));
            }
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            verifier.setTrustedCertSources(trusted);
            verifier.setCrlSource(null);
            verifier.setOcspSource(null);
            verifier.setAIASource(null);
            validator.setCertificateVerifier(verifier);
            validator.setValidationTime(Date.from(at));
            validator.setEnableEtsiValidationReport(false);
            Reports reports = validator.validateDocument(CplValidationPolicy.get());
            SimpleReport simple = reports.getSimpleReport();

            List<SignatureResult> results = new ArrayList<>();
            for (AdvancedSignature signature : validator.getSignatures()) {
                collect(signature, null, simple, results);
            }
            List<X509Certificate> certificates = validator.getSignatures().stream()
                    .flatMap(s -> s.getCertificates().stream()).map(CertificateToken::getCertificate).distinct().toList();
            return new CmsResult(results, certificates, signedForm, null, reports::getXmlDetailedReport);
        } catch (RuntimeException damaged) {
            // DSS and Bouncy Castle throw on structures that parse as CMS but are malformed inside (found by fuzzing).
            // The exception's name means nothing to a supplier (and may read "NullPointerException"): the log has it.
            LOG.log(java.util.logging.Level.FINE, "Unreadable signature file", damaged);
            return unreadable("The signature file is damaged: a signature in it cannot be read. Sign the form again"
                    + " and upload the new signature file.");
        }
    }

    private void collect(AdvancedSignature signature, String countersigns, SimpleReport simple, List<SignatureResult> into) {
        CertificateToken signerToken = signature.getSigningCertificateToken();
        X509Certificate signer = signerToken == null ? null : signerToken.getCertificate();
        // DSS's own messages stay in its detailed report; the reasons here are this feature's own rules.
        List<String> reasons = new ArrayList<>();
        Indication indication = indicationOf(simple.getIndication(signature.getId()));
        SubIndication sub = subIndicationOf(simple.getSubIndication(signature.getId()));
        SignatureAlgorithm algorithm = signature.getSignatureAlgorithm();
        String cryptoProblem = algorithmProblem(algorithm, signer);
        if (signer == null) {
            indication = Indication.INDETERMINATE;
            sub = SubIndication.NO_SIGNING_CERTIFICATE_FOUND;
        } else if (cryptoProblem != null) {
            indication = Indication.INDETERMINATE;
            sub = SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE;
            reasons.add(0, cryptoProblem);
        }
        Date claimed = signature.getSigningTime();
        into.add(new SignatureResult(signature.getId(), signer, countersigns != null, countersigns,
                claimed == null ? null : claimed.toInstant(), algorithm == null ? "unknown" : algorithm.name(),
                indication, sub, List.copyOf(reasons)));
        for (AdvancedSignature counter : signature.getCounterSignatures()) {
            collect(counter, signature.getId(), simple, into);
        }
    }

    /** The CPL's algorithm rules; {@code null} when the signature keeps them. */
    static String algorithmProblem(SignatureAlgorithm algorithm, X509Certificate signer) {
        if (algorithm == null) {
            return "The signature algorithm is not recognised.";
        }
        if (!ACCEPTED_DIGESTS.contains(algorithm.getDigestAlgorithm())) {
            return "The signature uses " + algorithm.getDigestAlgorithm().getName()
                    + ", which is not accepted: sign with SHA-256 or stronger.";
        }
        EncryptionAlgorithm encryption = algorithm.getEncryptionAlgorithm();
        if (signer == null) {
            return null;
        }
        if (signer.getPublicKey() instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            return bits >= 2048 ? null : "The signer's RSA key has " + bits + " bits; at least 2048 are required.";
        }
        if (signer.getPublicKey() instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return encryption == EncryptionAlgorithm.ECDSA && bits == 256 ? null
                    : "The signer's elliptic-curve key is not P-256 (" + bits + " bits).";
        }
        return "The signer's key type " + signer.getPublicKey().getAlgorithm() + " is not accepted (RSA or ECDSA P-256).";
    }

    private static Indication indicationOf(eu.europa.esig.dss.enumerations.Indication dss) {
        if (dss == null) {
            return Indication.INDETERMINATE;
        }
        return switch (dss) {
            case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
            case TOTAL_FAILED, FAILED -> Indication.TOTAL_FAILED;
            default -> Indication.INDETERMINATE;
        };
    }

    private static SubIndication subIndicationOf(eu.europa.esig.dss.enumerations.SubIndication dss) {
        if (dss == null) {
            return null;
        }
        // Every sub-indication DSS can give is one of ours (PlainReasonsTest checks it).
        return SubIndication.valueOf(dss.name());
    }

    private static CmsResult unreadable(String why) {
        return new CmsResult(List.of(), List.of(), null, why, null);
    }
}
