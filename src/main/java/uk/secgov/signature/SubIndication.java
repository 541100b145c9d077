package uk.secgov.signature;

/** Why a validation did not pass (ETSI EN 319 102-1, clause 5.1.3, the names this feature uses). */
public enum SubIndication {
    FORMAT_FAILURE(Indication.TOTAL_FAILED),
    HASH_FAILURE(Indication.TOTAL_FAILED),
    SIG_CRYPTO_FAILURE(Indication.TOTAL_FAILED),
    REVOKED(Indication.TOTAL_FAILED),
    NOT_YET_VALID(Indication.INDETERMINATE),
    OUT_OF_BOUNDS_NO_POE(Indication.INDETERMINATE),
    NO_CERTIFICATE_CHAIN_FOUND(Indication.INDETERMINATE),
    CERTIFICATE_CHAIN_GENERAL_FAILURE(Indication.INDETERMINATE),
    CHAIN_CONSTRAINTS_FAILURE(Indication.INDETERMINATE),
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE(Indication.INDETERMINATE),
    TRY_LATER(Indication.INDETERMINATE),
    SIG_CONSTRAINTS_FAILURE(Indication.INDETERMINATE),
    SIGNED_DATA_NOT_FOUND(Indication.INDETERMINATE);

    private final Indication indication;

    SubIndication(Indication indication) {
        this.indication = indication;
    }

    /** The main indication this sub-indication belongs to. */
    public Indication indication() {
        return indication;
    }
}
