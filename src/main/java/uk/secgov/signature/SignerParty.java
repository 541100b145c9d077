package uk.secgov.signature;

import java.util.Optional;

/** The registered party a signer's certificate belongs to, as far as the signing rules care. */
public record SignerParty(long id, String name, Kind kind, Optional<String> manufacturerId, boolean enabled) {

    /** What a party can be in an MP168 signature. */
    public enum Kind {
        MANUFACTURER, SUPPLIER, DCC, OTHER
    }
}
