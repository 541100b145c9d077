package uk.secgov.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A release guards its lifecycle and keeps every step, the November 2019 move included. */
class SecReleaseTest {

    private static final Instant NOW = Instant.parse("2019-10-01T09:00:00Z");

    private static SecRelease november2019() {
        return SecRelease.propose("November 2019 SEC Release", ReleaseKind.SCHEDULED, LocalDate.of(2019, 11, 7),
                "secas", NOW);
    }

    private static SecRelease implementedOn29November() {
        SecRelease release = november2019();
        release.confirm("secas", NOW);
        release.implemented(LocalDate.of(2019, 11, 29), LocalDate.of(2019, 11, 29), "secas", NOW);
        return release;
    }

    @Test
    void aMoveKeepsTheOriginalDateAndTheReason() {
        SecRelease release = november2019();
        release.confirm("secas", NOW);

        ReleaseMoved moved = release.moveTo(LocalDate.of(2019, 11, 29), " Authority consent ", "secas", NOW);

        assertThat(release.plannedDate()).isEqualTo(LocalDate.of(2019, 11, 29));
        assertThat(release.originalDate()).isEqualTo(LocalDate.of(2019, 11, 7));
        assertThat(moved.from()).isEqualTo(LocalDate.of(2019, 11, 7));
        assertThat(moved.to()).isEqualTo(LocalDate.of(2019, 11, 29));
        assertThat(moved.reason()).isEqualTo("Authority consent");
        assertThat(release.events()).extracting(ReleaseEvent::kind).containsExactly(ReleaseEvent.Kind.PROPOSED,
                ReleaseEvent.Kind.CONFIRMED, ReleaseEvent.Kind.MOVED);
        assertThat(release.moves()).singleElement().satisfies(m -> assertThat(m.reason()).contains("Authority consent"));
        assertThat(release.status()).isEqualTo(ReleaseStatus.CONFIRMED);
    }

    @Test
    void aMoveNeedsAReason() {
        SecRelease release = november2019();

        assertThatThrownBy(() -> release.moveTo(LocalDate.of(2019, 11, 29), " ", "secas", NOW))
                .isInstanceOf(InvalidReleaseRequest.class).hasMessageContaining("Say why the release moves");
        assertThat(release.events()).hasSize(1);
    }

    @Test
    void aMoveNeedsADateOtherThanThePlannedOne() {
        SecRelease release = november2019();

        assertThatThrownBy(() -> release.moveTo(LocalDate.of(2019, 11, 7), "Authority consent", "secas", NOW))
                .hasMessage("November 2019 SEC Release is already planned for Thursday 07/11/2019.");
        assertThat(release.events()).hasSize(1);
    }

    @Test
    void aMoveNeedsADate() {
        SecRelease release = november2019();

        assertThatThrownBy(() -> release.moveTo(null, "Authority consent", "secas", NOW))
                .hasMessage("Give the date (YYYY-MM-DD).");
        assertThat(release.events()).hasSize(1);
    }

    @Test
    void aProposedReleaseCannotBeImplemented() {
        SecRelease release = november2019();

        assertThatThrownBy(() -> release.implemented(LocalDate.of(2019, 11, 29), LocalDate.of(2019, 12, 1), "secas", NOW))
                .hasMessageContaining("only a confirmed release can be implemented");
    }

    @Test
    void onlyAProposedReleaseIsConfirmed() {
        SecRelease release = november2019();
        release.confirm("secas", NOW);

        assertThatThrownBy(() -> release.confirm("secas", NOW)).hasMessageContaining("is confirmed: only a proposed");
    }

    @Test
    void aReleaseIsNotImplementedOnADateStillInTheFuture() {
        SecRelease release = november2019();
        release.confirm("secas", NOW);

        assertThatThrownBy(() -> release.implemented(LocalDate.of(2019, 11, 29), LocalDate.of(2019, 11, 28), "secas", NOW))
                .hasMessageContaining("is in the future");
    }

    @Test
    void aConfirmedReleaseIsImplementedOnItsActualDate() {
        SecRelease release = november2019();
        release.confirm("secas", NOW);

        release.implemented(LocalDate.of(2019, 11, 29), LocalDate.of(2019, 11, 29), "secas", NOW);

        assertThat(release.status()).isEqualTo(ReleaseStatus.IMPLEMENTED);
        assertThat(release.actualDate()).contains(LocalDate.of(2019, 11, 29));
    }

    @Test
    void anImplementedReleaseCanNoLongerBeMoved() {
        SecRelease release = implementedOn29November();

        assertThatThrownBy(() -> release.moveTo(LocalDate.of(2019, 12, 5), "late", "secas", NOW))
                .hasMessage("November 2019 SEC Release is implemented: it can no longer be moved.");
    }

    @Test
    void anImplementedReleaseCanNoLongerBeCancelled() {
        SecRelease release = implementedOn29November();

        assertThatThrownBy(() -> release.cancel("no", "secas", NOW)).hasMessageContaining("can no longer be cancelled");
    }

    @Test
    void aCancelledReleaseStaysWithItsReason() {
        SecRelease release = november2019();

        release.cancel("Merged into the February 2020 release", "secas", NOW);

        assertThat(release.status()).isEqualTo(ReleaseStatus.CANCELLED);
        assertThat(release.events()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ReleaseEvent.Kind.CANCELLED);
            assertThat(e.reason()).contains("Merged into the February 2020 release");
        });
        assertThatThrownBy(() -> release.confirm("secas", NOW)).isInstanceOf(InvalidReleaseRequest.class);
    }

    @Test
    void aReleaseNeedsAName() {
        assertThatThrownBy(() -> SecRelease.propose(" ", ReleaseKind.AD_HOC, LocalDate.of(2026, 8, 1), "s", NOW))
                .extracting(e -> ((InvalidReleaseRequest) e).field()).isEqualTo("name");
    }

    @Test
    void aReleaseNeedsAKind() {
        assertThatThrownBy(() -> SecRelease.propose("X", null, LocalDate.of(2026, 8, 1), "s", NOW))
                .extracting(e -> ((InvalidReleaseRequest) e).field()).isEqualTo("kind");
    }

    @Test
    void aReleaseDateFallsBetween2000And2199() {
        assertThatThrownBy(() -> SecRelease.propose("X", ReleaseKind.AD_HOC, LocalDate.of(1999, 8, 1), "s", NOW))
                .hasMessageContaining("between 2000 and 2199");
    }
}
