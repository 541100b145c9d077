package uk.secgov.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test-only IKI PKI made at test time with Bouncy Castle: a root CA, an issuing CA, signer
 * certificates and CRLs with whatever dates, keys and revocations a test needs. Nothing here is a
 * real key; every key lives only in memory for one test run.
 */
public final class TestPki {

    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final AtomicLong SERIALS = new AtomicLong(1000);

    /** A certificate with its private key. */
    public record Issued(X509Certificate certificate, PrivateKey key) {
    }

    private TestPki() {
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ecP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Issued rootCa(String name) {
        KeyPair keys = rsa(2048);
        return new Issued(certificate(name, keys, name, keys.getPrivate(), true, NOW.minus(Duration.ofDays(365)),
                NOW.plus(Duration.ofDays(3650))), keys.getPrivate());
    }

    public static Issued issuingCa(Issued parent, String name) {
        KeyPair keys = rsa(2048);
        return new Issued(certificate(name, keys, subjectOf(parent), parent.key(), true, NOW.minus(Duration.ofDays(300)),
                NOW.plus(Duration.ofDays(1800))), keys.getPrivate());
    }

    public static Issued signer(Issued issuer, String name, KeyPair keys, Instant notBefore, Instant notAfter) {
        return new Issued(certificate(name, keys, subjectOf(issuer), issuer.key(), false, notBefore, notAfter),
                keys.getPrivate());
    }

    public static Issued signer(Issued issuer, String name) {
        return signer(issuer, name, rsa(2048), NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(335)));
    }

    /** A CRL of {@code issuer}, signed with {@code signingKey} (normally the issuer's own), revoking the given serials. */
    public static X509CRL crl(Issued issuer, PrivateKey signingKey, Instant thisUpdate, Instant nextUpdate,
            Map<BigInteger, Instant> revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), CRLReason.keyCompromise));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            return new JcaX509CRLConverter().getCRL(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509CRL freshCrl(Issued issuer, Map<BigInteger, Instant> revoked) {
        return crl(issuer, issuer.key(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)), revoked);
    }

    private static String subjectOf(Issued issued) {
        return issued.certificate().getSubjectX500Principal().getName();
    }

    private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
            boolean ca, Instant notBefore, Instant notAfter) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Principal(issuer),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    new X500Principal(subject), keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            String algorithm = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
