package uk.secgov.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import uk.secgov.platform.time.UkFormat;

/**
 * The one table from an ETSI EN 319 102-1 sub-indication (every one EU DSS or the path check can give)
 * to a sentence a supplier or manufacturer can act on: what went wrong, about whose signature or
 * certificate, with dates the UK way ("1 March 2026"). DSS's own messages stay in its detailed report,
 * which is kept as evidence; they never reach a summary.
 */
public final class PlainReasons {

    /**
     * What a reason is about: whose signature ({@code who}, e.g. "the manufacturer"), whether it is a
     * countersignature, the signer's certificate (null when the file lacks it), the certificate the
     * problem is about (null when unknown or the signer's), the date that matters, the CRL's reason
     * for a revocation, and a sentence of this feature's own rules that is more precise than the table.
     */
    public record Context(String who, boolean countersignature, X509Certificate signer, X509Certificate concerned,
            Instant when, String revocationReason, String detail) {

        /** About a signature and its signer's certificate only. */
        public static Context of(String who, boolean countersignature, X509Certificate signer) {
            return new Context(who, countersignature, signer, null, null, null, null);
        }

        public Context withDetail(String sentence) {
            return new Context(who, countersignature, signer, concerned, when, revocationReason, sentence);
        }

        public Context about(X509Certificate certificate, Instant date, String reason) {
            return new Context(who, countersignature, signer, certificate, date, reason, detail);
        }

        boolean aboutACa() {
            return concerned != null && !concerned.equals(signer);
        }
    }

    private PlainReasons() {
    }

    /** The words for whose signature it is, from the kind of party that signed ("the manufacturer"). */
    public static String who(SignerParty.Kind kind) {
        if (kind == null) {
            return "the signer";
        }
        return switch (kind) {
            case MANUFACTURER -> "the manufacturer";
            case SUPPLIER -> "the supplier";
            case DCC -> "the DCC";
            case OTHER -> "the signer";
        };
    }

    /** The sentence for a signature that did not pass with this sub-indication (none: no more is known). */
    public static String of(SubIndication sub, Context c) {
        if (c.detail() != null) {
            return c.detail();
        }
        if (sub == null) {
            return capitalise(possessive(c) + " signature did not pass the check: sign again as the guide shows.");
        }
        String signature = possessive(c) + (c.countersignature() ? " countersignature" : " signature");
        return switch (sub) {
            case HASH_FAILURE -> c.countersignature()
                    ? capitalise(signature + " does not match the signature it countersigns: that signature was changed"
                            + " after it was countersigned, so " + c.who() + " must countersign again.")
                    : "The form was changed after " + c.who() + " signed it, or the signature is for another file:"
                            + " upload the exact form that was signed.";
            case SIG_CRYPTO_FAILURE -> capitalise(signature + " is damaged or was not made with the key in "
                    + possessive(c) + " certificate: sign again.");
            case FORMAT_FAILURE -> capitalise(signature + " is not in a form that can be checked: sign again as the"
                    + " guide shows (a CMS signature, SHA-256).");
            case SIGNED_DATA_NOT_FOUND -> "The signed form was not found: upload the form together with its signature file.";
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> revoked(sub, c);
            case EXPIRED, OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED -> c.when() == null
                    ? capitalise(possessive(c) + " certificate, or a CA certificate above it, was not valid when the"
                            + " signature was checked: sign again with a current certificate.")
                    : capitalise(certificate(c) + " expired on " + UkFormat.WORDS.format(c.when())
                            + ": sign again with a current certificate.");
            case NOT_YET_VALID -> c.when() == null
                    ? capitalise(possessive(c) + " certificate was not yet valid when the signature was made: sign again"
                            + " once it is valid.")
                    : capitalise(certificate(c) + " is not valid until " + UkFormat.WORDS.format(c.when())
                            + ": sign again once it is valid, or with a current certificate.");
            case NO_SIGNING_CERTIFICATE_FOUND -> missingCertificate();
            case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE -> c.signer() == null
                    ? missingCertificate()
                    : capitalise(possessive(c) + " certificate was not issued under a registered IKI root CA: sign with"
                            + " an IKI file-signing certificate.");
            case CERTIFICATE_CHAIN_GENERAL_FAILURE -> capitalise(possessive(c) + " certificate cannot be traced to a"
                    + " registered IKI root CA: a certificate on the way is damaged or wrongly signed. Ask the DCC, or"
                    + " sign with another IKI certificate.");
            case CHAIN_CONSTRAINTS_FAILURE -> capitalise(possessive(c) + " certificate breaks a rule of the IKI"
                    + " certificate hierarchy: sign with an IKI file-signing certificate.");
            case CRYPTO_CONSTRAINTS_FAILURE, CRYPTO_CONSTRAINTS_FAILURE_NO_POE -> c.concerned() != null
                    ? capitalise(certificate(c) + " was signed by " + (c.aboutACa() ? "its issuer" : "the IKI CA "
                            + issuerNameOf(c.concerned())) + " with " + digestOf(c.concerned()) + ", which is no longer"
                            + " accepted: sign with a certificate signed with SHA-256 or stronger.")
                    : capitalise(signature + " uses an algorithm or key size that is no longer accepted: sign with"
                            + " SHA-256 and an RSA key of 2048 bits or more, or ECDSA P-256.");
            case TRY_LATER, REVOCATION_OUT_OF_BOUNDS_NO_POE -> "Whether " + certificate(c) + " is revoked cannot be"
                    + " told yet: no current CRL of " + (c.concerned() != null ? issuerNameOf(c.concerned())
                            : "its IKI CA") + " is loaded. Try again once a current CRL is loaded.";
            case NO_POE -> capitalise(signature + " cannot be shown to have been made while "
                    + possessive(c) + " certificate was valid: sign again with a current certificate.");
            case SIG_CONSTRAINTS_FAILURE -> capitalise(signature + " does not meet the CPL's signature rules: sign"
                    + " with an IKI file-signing certificate, as the guide shows.");
            case POLICY_PROCESSING_ERROR, SIGNATURE_POLICY_NOT_AVAILABLE -> capitalise(signature + " names a"
                    + " signature policy that cannot be checked: sign again without a signature policy.");
            case TIMESTAMP_ORDER_FAILURE -> "The time-stamps in " + signature + " are in an impossible order: sign again.";
        };
    }

    private static String revoked(SubIndication sub, Context c) {
        String date = c.when() == null ? "" : " on " + UkFormat.WORDS.format(c.when());
        String why = c.revocationReason() == null || c.revocationReason().equals("unspecified") ? ""
                : " (" + c.revocationReason() + ")";
        if (c.aboutACa() || sub == SubIndication.REVOKED_CA_NO_POE) {
            String ca = c.aboutACa() ? "The IKI issuing CA " + nameOf(c.concerned()) : "The IKI issuing CA";
            return ca + ", which issued " + possessive(c) + " certificate, was revoked" + date + why
                    + ": nothing signed under it is trusted. Sign again with a certificate from a current IKI issuing CA.";
        }
        return capitalise(possessive(c) + " certificate was revoked" + date + why
                + ": it can no longer be used. Sign again with a current certificate.");
    }

    private static String missingCertificate() {
        return "The signer's certificate is missing from the signature file, so who signed cannot be told: sign"
                + " again including the certificate.";
    }

    private static String certificate(PlainReasons.Context c) {
        return c.aboutACa() ? "the certificate of the IKI CA " + nameOf(c.concerned()) + ", which issued "
                + possessive(c) + " certificate," : possessive(c) + " certificate";
    }

    private static String possessive(Context c) {
        return c.who() + "'s";
    }

    private static String issuerNameOf(X509Certificate certificate) {
        return commonName(certificate.getIssuerX500Principal().getName());
    }

    /** "SHA-1" for SHA1withRSA, and so on: the digest a certificate was signed with, as people write it. */
    private static String digestOf(X509Certificate certificate) {
        String algorithm = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        if (algorithm.startsWith("SHA1")) {
            return "SHA-1";
        }
        if (algorithm.startsWith("MD5") || algorithm.startsWith("MD2")) {
            return algorithm.substring(0, 3);
        }
        return certificate.getSigAlgName();
    }

    /** A CA by its common name ("Openssl Issuing"), or its whole name when it has none. */
    static String nameOf(X509Certificate certificate) {
        return commonName(certificate.getSubjectX500Principal().getName());
    }

    private static String commonName(String distinguishedName) {
        try {
            for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException unreadable) {
            // fall through to the whole name
        }
        return distinguishedName;
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
