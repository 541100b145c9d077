package uk.secgov.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.platform.input.InvalidInput;
import uk.secgov.platform.refusal.InvalidRequest;
import uk.secgov.platform.refusal.NotFound;
import uk.secgov.platform.refusal.Refused;
import uk.secgov.platform.security.NotAllowed;

/** Each kind of refusal is answered with its status and a problem in the caller's words, whatever feature raised it. */
class RefusalProblemsTest {

    @Test
    void answersAnInvalidRequestWith400AndEveryViolationByField() {
        Problem problem = RefusalProblems.problemOf(new InvalidInput(List.of(
                new InvalidRequest.Violation("title", "title is too long."),
                new InvalidRequest.Violation("note", "note contains a control character."))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Bad Request");
        assertThat(problem.detail()).isEqualTo("The request has 2 problem(s).");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("title", "title is too long."),
                new Problem.FieldError("note", "note contains a control character."));
    }

    @Test
    void answersARequestRefusedAsAWholeWith400AndNoFieldErrors() {
        Problem problem = RefusalProblems.problemOf(new Invalid("Say what you did.", List.of()));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("Say what you did.");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void answersAnUploadOverTheLimitWith413AndItsField() {
        Problem problem = RefusalProblems.problemOf(new Invalid("The file is too large.",
                List.of(new InvalidRequest.Violation("file", "The file is too large."))) {
            @Override
            public boolean tooLarge() {
                return true;
            }
        });

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.title()).isEqualTo("Content Too Large");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("file");
    }

    @Test
    void answersARefusedStepWith409InItsOwnWords() {
        Problem problem = RefusalProblems.problemOf(new Conflict("The case is closed.", false));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.title()).isEqualTo("Conflict");
        assertThat(problem.detail()).isEqualTo("The case is closed.");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void answersAStepRefusedBecauseOfWhoAsksWith403() {
        Problem problem = RefusalProblems.problemOf(new Conflict("Only the Proposer withdraws it.", true));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.detail()).isEqualTo("Only the Proposer withdraws it.");
    }

    @Test
    void answersAnUnknownRecordWith404WithoutSayingWhatWasLookedFor() {
        Problem problem = RefusalProblems.problemOf(new Unknown("No release with id 7"));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo(NotFound.NO_SUCH_RESOURCE);
    }

    @Test
    void answersARefusedCallerWith403AndAnAnonymousOneWith401() {
        assertThat(RefusalProblems.problemOf(new NotAllowed("Your role does not allow this.")))
                .extracting(Problem::status, Problem::detail).containsExactly(403, "Your role does not allow this.");
        assertThat(RefusalProblems.problemOf(new NotAllowed("Sign in first.", true)).status()).isEqualTo(401);
    }

    private static class Invalid extends InvalidRequest {

        Invalid(String message, List<Violation> violations) {
            super(message, violations);
        }
    }

    private static final class Conflict extends Refused {

        private final boolean byWhoAsks;

        Conflict(String message, boolean byWhoAsks) {
            super(message);
            this.byWhoAsks = byWhoAsks;
        }

        @Override
        public boolean byWhoAsks() {
            return byWhoAsks;
        }
    }

    private static final class Unknown extends NotFound {

        Unknown(String message) {
            super(message);
        }
    }
}
