package uk.secgov.signature;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one certificate or one CRL from the bytes a person uploaded, DER or PEM, and says exactly
 * what is wrong when it cannot: empty, not PEM or DER, text around the PEM block, truncated.
 */
public final class CryptoFiles {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private CryptoFiles() {
    }

    public static X509Certificate certificate(String field, byte[] bytes) {
        byte[] der = der(field, bytes, List.of("CERTIFICATE"), "certificate");
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new InvalidSignatureMaterial(field, "The file is not a readable X.509 certificate"
                    + (der.length < 200 ? " (it is too short: truncated?)" : "") + ".");
        }
    }

    public static X509CRL crl(String field, byte[] bytes) {
        byte[] der = der(field, bytes, List.of("X509 CRL"), "CRL");
        try {
            X509CRL crl = (X509CRL) factory().generateCRL(new ByteArrayInputStream(der));
            if (crl == null) {
                throw new CRLException("empty");
            }
            return crl;
        } catch (CRLException | ClassCastException e) {
            throw new InvalidSignatureMaterial(field, "The file is not a readable X.509 CRL"
                    + (der.length < 100 ? " (it is too short: truncated?)" : "") + ".");
        }
    }

    /** A CMS SignedData file as DER: DER as it is, or the content of a PEM block labelled CMS or PKCS7. */
    public static byte[] cms(String field, byte[] bytes) {
        return der(field, bytes, List.of("CMS", "PKCS7", "SIGNED DATA"), "signature");
    }

    /** The SHA-256 of the DER encoding, as lower-case hex: how certificates and CRLs are told apart. */
    public static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** DER as it is, or the content of the one PEM block, whose label must be one of {@code pemLabels}. */
    private static byte[] der(String field, byte[] bytes, List<String> pemLabels, String what) {
        String pemLabel = pemLabels.get(0);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidSignatureMaterial(field, "The file is empty: expected a " + what + " (PEM or DER).");
        }
        if ((bytes[0] & 0xFF) == 0x30) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        Matcher pem = PEM.matcher(text);
        if (!pem.find()) {
            throw new InvalidSignatureMaterial(field, "The file is neither a DER " + what + " nor a PEM block "
                    + "(-----BEGIN " + pemLabel + "-----).");
        }
        if (!pemLabels.contains(pem.group(1))) {
            throw new InvalidSignatureMaterial(field, "The PEM block holds a " + pem.group(1).toLowerCase()
                    + ", not a " + what + ".");
        }
        int start = pem.start();
        int end = pem.end();
        String block = pem.group(2);
        if (pem.find()) {
            throw new InvalidSignatureMaterial(field, "The file holds more than one PEM block; upload one " + what + " at a time.");
        }
        String before = text.substring(0, start).strip();
        String after = text.substring(end).strip();
        if (!before.isEmpty() || !after.isEmpty()) {
            throw new InvalidSignatureMaterial(field, "The PEM file has other text " + (before.isEmpty() ? "after"
                    : "before") + " the " + what + " block; upload only the -----BEGIN " + pemLabel + "----- block.");
        }
        try {
            return Base64.getMimeDecoder().decode(block);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureMaterial(field, "The PEM block is not valid Base64.");
        }
    }

    private static CertificateFactory factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
