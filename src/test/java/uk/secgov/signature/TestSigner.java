package uk.secgov.signature;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Makes CMS signatures the way the real tools do, with Bouncy Castle (test only). */
public final class TestSigner {

    private TestSigner() {
    }

    static String algorithmFor(TestPki.Issued signer, String digest) {
        return digest + "with" + (signer.key().getAlgorithm().equals("EC") ? "ECDSA" : "RSA");
    }

    private static SignerInfoGenerator generator(TestPki.Issued signer, String digest) throws Exception {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(signingTime())))));
        return new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(new JcaContentSignerBuilder(algorithmFor(signer, digest)).build(signer.key()), signer.certificate());
    }

    /** Every signer signs the content in parallel (one SignerInfo each), as {@code openssl cms -resign} leaves it. */
    /** An hour before the tests' fixed "now", or before the real time if that is earlier (a server checks against its clock). */
    static Instant signingTime() {
        Instant now = Instant.now();
        return (now.isBefore(TestPki.NOW) ? now : TestPki.NOW).minus(Duration.ofHours(1));
    }

    public static byte[] parallel(byte[] content, boolean attached, String digest, List<X509Certificate> extraCertificates,
            TestPki.Issued... signers) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        List<X509Certificate> certificates = new ArrayList<>(extraCertificates);
        for (TestPki.Issued signer : signers) {
            generator.addSignerInfoGenerator(generator(signer, digest));
            certificates.add(signer.certificate());
        }
        generator.addCertificates(new JcaCertStore(certificates));
        return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
    }

    /** {@code countersigner} countersigns (RFC 5652 11.4) the first signature of {@code cms}. */
    public static byte[] countersign(byte[] content, byte[] cms, TestPki.Issued countersigner, List<X509Certificate> certificates)
            throws Exception {
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
        SignerInformation original = data.getSignerInfos().getSigners().iterator().next();
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(generator(countersigner, "SHA256"));
        SignerInformation countersigned = SignerInformation.addCounterSigners(original,
                generator.generateCounterSigners(original));
        CMSSignedData replaced = CMSSignedData.replaceSigners(data, new SignerInformationStore(countersigned));
        List<X509Certificate> all = new ArrayList<>(certificates);
        all.add(countersigner.certificate());
        return CMSSignedData.replaceCertificatesAndCRLs(replaced, new JcaCertStore(all), null, null).getEncoded();
    }

    static Hashtable<?, ?> none() {
        return new Hashtable<>();
    }
}
