package uk.secgov.hashconflict;

import java.time.Instant;

/** Investigation records for tests outside this package (the factories are the domain's own). */
public final class ConflictFixtures {

    private ConflictFixtures() {
    }

    public static RequestAnswer answer(long requestId, String actor, String answer) {
        return RequestAnswer.of(requestId, Instant.now(), actor, answer, null, null);
    }

    public static InformationRequest request(long investigationId, long partyId, String question, Instant askedAt,
            int workingDays, Instant dueAt, Instant escalateAt) {
        return InformationRequest.of(investigationId, partyId, null, question, askedAt, "secas", workingDays, dueAt,
                escalateAt);
    }
}
