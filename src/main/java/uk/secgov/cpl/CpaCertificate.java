package uk.secgov.cpl;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A CPA certificate as the CPL shows it: its reference and its expiry date, or (certificates since 2022) its renewal
 * date; the reference or both dates may be missing for entries listed before CPA dates were recorded.
 */
public record CpaCertificate(String reference, LocalDate expiry, LocalDate renewal) {

    /** The date that matters: the earlier of the expiry and renewal dates (only one is usually given). */
    public Optional<LocalDate> date() {
        if (expiry != null && renewal != null) {
            return Optional.of(expiry.isBefore(renewal) ? expiry : renewal);
        }
        return Optional.ofNullable(expiry != null ? expiry : renewal);
    }

    /** Whether {@link #date()} is a renewal date rather than the expiry date. */
    public boolean dateIsRenewal() {
        return date().map(d -> !d.equals(expiry)).orElse(false);
    }

    /** "CPA certificate X" (or "The CPA certificate" without a reference), to start a sentence. */
    public String named() {
        return reference == null ? "The CPA certificate" : "CPA certificate " + reference;
    }
}
