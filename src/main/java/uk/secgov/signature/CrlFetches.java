package uk.secgov.signature;

import java.util.Optional;

/** The log of CRL fetch attempts. */
public interface CrlFetches {

    CrlFetch add(CrlFetch fetch);

    Optional<CrlFetch> latestOf(long trustAnchorId);
}
