package uk.secgov.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generating the proposals of the usual pattern: future dates only, and never twice. */
class ReleaseCalendarTest {

    /** The register in memory. */
    static final class ReleaseList implements SecReleases {

        final List<SecRelease> rows = new ArrayList<>();

        @Override
        public SecRelease add(SecRelease release) {
            rows.add(release);
            return release;
        }

        @Override
        public Optional<SecRelease> byId(long id) {
            return Optional.empty();
        }

        @Override
        public boolean existsWithName(String name) {
            return rows.stream().anyMatch(r -> r.name().equals(name));
        }

        @Override
        public List<SecRelease> page(int first, int size) {
            return rows.stream().sorted(Comparator.comparing(SecRelease::plannedDate)).skip(first).limit(size).toList();
        }

        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public Optional<SecRelease> firstNotCancelledOnOrAfter(LocalDate date) {
            return Optional.empty();
        }
    }

    private final ReleaseList releases = new ReleaseList();
    private final ReleaseCalendar calendar = new ReleaseCalendar();

    ReleaseCalendarTest() {
        calendar.releases = releases;
        calendar.clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void proposesTheFutureScheduledReleasesOfTheNextYears() {
        List<SecRelease> added = calendar.proposeScheduled(2, "secas");

        assertThat(added).extracting(SecRelease::name).containsExactly("June 2026 SEC Release",
                "November 2026 SEC Release", "February 2027 SEC Release", "June 2027 SEC Release",
                "November 2027 SEC Release", "February 2028 SEC Release", "June 2028 SEC Release",
                "November 2028 SEC Release");
        assertThat(added).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReleaseStatus.PROPOSED);
            assertThat(r.kind()).isEqualTo(ReleaseKind.SCHEDULED);
        });
        assertThat(added.get(0).plannedDate()).isEqualTo(LocalDate.of(2026, 6, 25));
    }

    @Test
    void generatingAgainAddsNothingAndKeepsSecassChanges() {
        calendar.proposeScheduled(1, "secas");
        SecRelease june = releases.rows.get(0);
        june.moveTo(LocalDate.of(2026, 7, 2), "Authority consent", "secas", Instant.now());

        assertThat(calendar.proposeScheduled(1, "secas")).isEmpty();
        assertThat(calendar.proposeScheduled(2, "secas")).extracting(SecRelease::name)
                .containsExactly("February 2028 SEC Release", "June 2028 SEC Release", "November 2028 SEC Release");
        assertThat(june.plannedDate()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(releases.rows).extracting(SecRelease::name).doesNotHaveDuplicates();
    }

    @Test
    void refusesSillyNumbersOfYears() {
        assertThatThrownBy(() -> calendar.proposeScheduled(0, "secas")).hasMessage("Generate 1 to 10 years of releases, not 0.");
        assertThatThrownBy(() -> calendar.proposeScheduled(11, "secas")).isInstanceOf(InvalidReleaseRequest.class);
        assertThat(releases.rows).isEmpty();
    }
}
