package uk.secgov.cpl;

import java.util.Locale;
import java.util.Optional;
import uk.secgov.platform.refusal.InvalidRequest;

/**
 * What the public CPL is filtered by: device type, manufacturer (its identifier, exact), status, and
 * free text matched against model and manufacturer names, model id and the Hash. Empty means any.
 */
public record EntryFilter(Optional<DeviceType> deviceType, Optional<String> manufacturerId,
        Optional<CplEntry.Status> status, Optional<String> text) {

    public static final EntryFilter ALL = new EntryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** From request parameters; an unknown device type or status is refused with the values allowed. */
    public static EntryFilter of(String deviceType, String manufacturerId, String status, String text) {
        Optional<DeviceType> type = blank(deviceType) ? Optional.empty() : Optional.of(DeviceType.parse(deviceType)
                .orElseThrow(() -> new InvalidFilter("deviceType", "Unknown device type '" + deviceType
                        + "'; use one of " + DeviceType.codes() + ".")));
        Optional<CplEntry.Status> st;
        try {
            st = blank(status) ? Optional.empty()
                    : Optional.of(CplEntry.Status.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFilter("status", "Unknown status '" + status
                    + "'; use HASH_ASSOCIATED, CPA_EXPIRED or REMOVED.");
        }
        if (!blank(text) && text.strip().length() > 100) {
            throw new InvalidFilter("q", "Search for at most 100 characters.");
        }
        return new EntryFilter(type, blank(manufacturerId) ? Optional.empty()
                : Optional.of(manufacturerId.strip().toUpperCase(Locale.ROOT)), st,
                blank(text) ? Optional.empty() : Optional.of(text.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A filter value that cannot be used. */
    public static class InvalidFilter extends InvalidRequest {

        private static final long serialVersionUID = 1L;

        public InvalidFilter(String field, String message) {
            super(field, message);
        }
    }
}
