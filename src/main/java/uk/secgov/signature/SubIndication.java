package uk.secgov.signature;

/**
 * Why a validation did not pass (ETSI EN 319 102-1, clause 5.1.3): every sub-indication EU DSS or the
 * path check can give, so none is lost on the way. {@link PlainReasons} says each in words.
 */
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
    SIGNED_DATA_NOT_FOUND(Indication.INDETERMINATE),
    EXPIRED(Indication.TOTAL_FAILED),
    CRYPTO_CONSTRAINTS_FAILURE(Indication.TOTAL_FAILED),
    POLICY_PROCESSING_ERROR(Indication.INDETERMINATE),
    SIGNATURE_POLICY_NOT_AVAILABLE(Indication.INDETERMINATE),
    TIMESTAMP_ORDER_FAILURE(Indication.INDETERMINATE),
    NO_SIGNING_CERTIFICATE_FOUND(Indication.INDETERMINATE),
    NO_CERTIFICATE_CHAIN_FOUND_NO_POE(Indication.INDETERMINATE),
    REVOKED_NO_POE(Indication.INDETERMINATE),
    REVOKED_CA_NO_POE(Indication.INDETERMINATE),
    OUT_OF_BOUNDS_NOT_REVOKED(Indication.INDETERMINATE),
    REVOCATION_OUT_OF_BOUNDS_NO_POE(Indication.INDETERMINATE),
    NO_POE(Indication.INDETERMINATE);

    private final Indication indication;

    SubIndication(Indication indication) {
        this.indication = indication;
    }

    /** The main indication this sub-indication belongs to. */
    public Indication indication() {
        return indication;
    }
}
