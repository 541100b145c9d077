package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes arrive as a submission form, reading it gives either a form that passed every check
 * or an {@link InvalidForm} listing its problems: never another exception. The normal test run
 * replays the saved inputs in {@code src/test/resources/uk/secgov/cpl/FormParsingFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class FormParsingFuzzTest {

    private static final SubmissionFormReader READER = new SubmissionFormReader();

    @FuzzTest(maxDuration = "30s")
    void anyFormFileIsReadOrRefusedWithItsProblems(byte[] formFile) {
        try {
            SubmissionForm form = READER.read(formFile);
            assertThat(form.rows()).isNotEmpty();
            assertThat(form.rows()).allMatch(r -> r.imageHash().length() == 64);
        } catch (InvalidForm invalid) {
            assertThat(invalid.errors()).isNotEmpty();
            assertThat(invalid.errors()).allMatch(e -> !e.message().isBlank());
        }
    }
}
