package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final ModificationReference MP168 = ModificationReference.parse("MP168");

    @Test
    void anUrgentCaseWaitsForTheAuthorityBeforeItsRoute() {
        assertThat(Conversion.of(ModificationPath.PATH_2, Route.REFINEMENT, true, false, MP168).stage())
                .isEqualTo(Stage.URGENCY_DECISION);
        assertThat(Conversion.of(ModificationPath.PATH_2, Route.REPORT_PHASE, false, false, MP168).stage())
                .isEqualTo(Stage.REPORT_PHASE);
        assertThat(Conversion.of(ModificationPath.FAST_TRACK, Route.FAST_TRACK, false, false, MP168).stage())
                .isEqualTo(Stage.FAST_TRACK_DECISION);
    }

    @Test
    void namesEveryProblemOfTheChoiceAtOnce() {
        InvalidModificationRequest refused = catchThrowableOfType(InvalidModificationRequest.class,
                () -> Conversion.of(null, null, false, false, MP168));

        assertThat(refused.violations()).extracting(InvalidModificationRequest.Violation::field)
                .containsExactly("path", "route");
    }

    @Test
    void aFastTrackTakesOnlyTheFastTrackRouteAndIsNeverUrgent() {
        InvalidModificationRequest refused = catchThrowableOfType(InvalidModificationRequest.class,
                () -> Conversion.of(ModificationPath.FAST_TRACK, Route.REFINEMENT, true, false, MP168));

        assertThat(refused.violations()).extracting(InvalidModificationRequest.Violation::field)
                .containsExactly("route", "urgent");
    }

    @Test
    void aFastTrackObjectedToMustGoDownAnotherPath() {
        InvalidModificationRequest refused = catchThrowableOfType(InvalidModificationRequest.class,
                () -> Conversion.of(ModificationPath.FAST_TRACK, Route.FAST_TRACK, false, true, MP168));

        assertThat(refused).hasMessage("MP168 was objected to or not approved unanimously as a Fast-Track: it must go"
                + " down another path.");
    }
}
