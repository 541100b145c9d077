package uk.secgov.signature.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Words for the signature report's codes on pages: the ETSI result ("total failed, hash failure") and
 * the signature algorithm ("RSA with SHA-256"), so no enum name reaches a screen.
 */
@Named("signatureWords")
@ApplicationScoped
public class SignatureWords {

    /** The ETSI EN 319 102-1 indication and sub-indication in lower-case words. */
    public String etsi(Object indication, Object subIndication) {
        if (indication == null) {
            return "";
        }
        return "ETSI result: " + words(indication) + (subIndication == null || subIndication.toString().isEmpty() ? ""
                : ", " + words(subIndication));
    }

    /** "RSA_SHA256" (as DSS names it) as "RSA with SHA-256"; PSS and ECDSA likewise. */
    public String algorithm(String algorithm) {
        if (algorithm == null || algorithm.isBlank() || algorithm.equals("unknown")) {
            return "not recognised";
        }
        String[] parts = algorithm.split("_");
        String key = parts[0];
        String digest = null;
        boolean pss = false;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("SHA3") && i + 1 < parts.length && digest == null) {
                digest = "SHA3-" + parts[i + 1];
            } else if (parts[i].startsWith("SHA") && digest == null) {
                digest = "SHA-" + parts[i].substring(3);
            } else if (parts[i].startsWith("MD") && digest == null) {
                digest = parts[i];
            } else if (parts[i].equals("PSS")) {
                pss = true;
            }
        }
        return (pss ? "RSA-PSS" : key) + (digest == null ? "" : " with " + digest);
    }

    private static String words(Object code) {
        return code.toString().toLowerCase(Locale.UK).replace('_', ' ').replace("sig ", "signature ")
                .replace("poe", "proof of existence").replace("crypto", "cryptographic");
    }
}
