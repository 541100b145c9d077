package uk.secgov.modification;

import java.time.Instant;

/** What a list of a case's documents shows of each (without its bytes); {@code supersededBy} is the later version's id. */
public record DocumentSummary(long id, String title, int versionNumber, Classification classification, String fileName,
        String mediaType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy, Long supersedesId,
        Long supersededBy) {

    public boolean isCurrent() {
        return supersededBy == null;
    }
}
