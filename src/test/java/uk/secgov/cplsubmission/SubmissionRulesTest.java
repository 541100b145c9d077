package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cplsubmission.SubmissionFixtures.HASH;
import static uk.secgov.cplsubmission.SubmissionFixtures.OTHER_HASH;
import static uk.secgov.cplsubmission.SubmissionFixtures.listed;
import static uk.secgov.cplsubmission.SubmissionFixtures.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.DeviceType;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.SpecificationVersion;
import uk.secgov.cplsubmission.SubmissionRules.Facts;
import uk.secgov.cplsubmission.SubmissionRules.ListedModel;
import uk.secgov.cplsubmission.SubmissionRules.Outcome;

class SubmissionRulesTest {

    private static final SpecificationVersion SMETS2 = new SpecificationVersion(SpecificationVersion.Family.SMETS2, "4.2");
    private static final String ORIGIN = "associated 02/03/2026 by submission CPL-2026-000001";

    private final SubmittedRow row = row(21L, 2);

    private static Facts nothingKnown() {
        return new Facts(false, Optional.empty(), Optional.empty(), Map.of(), List.of(), false);
    }

    private static ListedModel withHash(long entryId, String hash) {
        return new ListedModel(listed(entryId, row(90L + entryId, 9)), Optional.of(ImageHash.of(hash)), ORIGIN);
    }

    @Test
    void leavesARowOpenWhenItsDeviceModelHasNoHash() {
        Outcome outcome = SubmissionRules.outcomeOf(row, nothingKnown());

        assertThat(outcome).isEqualTo(new Outcome(RowOutcome.PENDING, "Appendix Z 4.3(b): no Hash is currently"
                + " associated with this Device Model."));
    }

    @Test
    void rejectsACommunicationsHubThatTheDccDidNotSubmit() {
        SubmittedRow hub = row(22L, 3, DeviceType.CHF, new SpecificationVersion(SpecificationVersion.Family.CHTS, "4.2"),
                List.of());

        assertThat(SubmissionRules.outcomeOf(hub, nothingKnown())).isEqualTo(new Outcome(RowOutcome.REJECTED,
                "Appendix Z 4.3(c): a Communications Hub can only be submitted by the DCC."));
    }

    @Test
    void rejectsASmets1DeviceModelThatTheDccDidNotSubmit() {
        SubmittedRow smets1 = row(22L, 3, DeviceType.ESME, new SpecificationVersion(SpecificationVersion.Family.SMETS1,
                null), List.of());

        assertThat(SubmissionRules.outcomeOf(smets1, nothingKnown()).reason())
                .isEqualTo("Appendix Z 4.3(c): a SMETS1 Device Model can only be submitted by the DCC.");
    }

    @Test
    void acceptsACommunicationsHubFromTheDcc() {
        SubmittedRow hub = row(22L, 3, DeviceType.CHF, new SpecificationVersion(SpecificationVersion.Family.CHTS, "4.2"),
                List.of());
        Facts fromDcc = new Facts(true, Optional.empty(), Optional.empty(), Map.of(), List.of(), false);

        assertThat(SubmissionRules.outcomeOf(hub, fromDcc).outcome()).isEqualTo(RowOutcome.PENDING);
    }

    @Test
    void rejectsARowForAnEntryThatTakesNoNewHash() {
        Facts closed = new Facts(false, Optional.of(new ListedModel(listed(5L, row), Optional.empty(), ORIGIN)),
                Optional.of("CPL entry 5 was removed from the CPL."), Map.of(), List.of(), false);

        assertThat(SubmissionRules.outcomeOf(row, closed))
                .isEqualTo(new Outcome(RowOutcome.REJECTED, "CPL entry 5 was removed from the CPL."));
    }

    @Test
    void rejectsAnUpgradeFromAnEntryThatIsNotOnTheCpl() {
        SubmittedRow upgrading = row(22L, 3, DeviceType.ESME, SMETS2, List.of(99L));
        Facts unknown = new Facts(false, Optional.empty(), Optional.empty(), Map.of(99L, Optional.empty()), List.of(),
                false);

        assertThat(SubmissionRules.outcomeOf(upgrading, unknown)).isEqualTo(new Outcome(RowOutcome.REJECTED,
                "Upgrade From: 99 is not a CPL Entry ID. Name the CPL entries of earlier firmware of this Device Model's"
                        + " type and manufacturer, or N/A."));
    }

    @Test
    void rejectsAnUpgradeFromAnotherKindOfDevice() {
        SubmittedRow upgrading = row(22L, 3, DeviceType.ESME, SMETS2, List.of(4L));
        DeviceModel gas = listed(4L, row(23L, 4, DeviceType.GSME, SMETS2, List.of()));
        Facts facts = new Facts(false, Optional.empty(), Optional.empty(), Map.of(4L, Optional.of(gas)), List.of(),
                false);

        assertThat(SubmissionRules.outcomeOf(upgrading, facts).reason()).startsWith("Upgrade From: CPL entry 4 is"
                + " device type GSME of manufacturer 1063, not ESME of 1063.");
    }

    @Test
    void acceptsAnUpgradeFromEarlierFirmwareOfTheSameTypeAndManufacturer() {
        SubmittedRow upgrading = row(22L, 3, DeviceType.ESME, SMETS2, List.of(4L));
        DeviceModel earlier = listed(4L, row(23L, 4, DeviceType.ESME, SMETS2, List.of()));
        Facts facts = new Facts(false, Optional.empty(), Optional.empty(), Map.of(4L, Optional.of(earlier)), List.of(),
                false);

        assertThat(SubmissionRules.outcomeOf(upgrading, facts).outcome()).isEqualTo(RowOutcome.PENDING);
    }

    @Test
    void rejectsTheHashItsDeviceModelAlreadyHas() {
        Facts same = new Facts(false, Optional.of(withHash(5L, HASH)), Optional.empty(), Map.of(), List.of(), false);

        assertThat(SubmissionRules.outcomeOf(row, same)).isEqualTo(new Outcome(RowOutcome.REJECTED,
                "This Hash is already the current Hash of CPL entry 5; nothing to do."));
    }

    @Test
    void findsAConflictWhenItsDeviceModelHasAnotherHash() {
        Facts other = new Facts(false, Optional.of(withHash(5L, OTHER_HASH)), Optional.empty(), Map.of(), List.of(),
                false);

        assertThat(SubmissionRules.outcomeOf(row, other)).isEqualTo(new Outcome(RowOutcome.CONFLICT,
                "Appendix Z 4.3(b): CPL entry 5 already has Hash " + OTHER_HASH + " (" + ORIGIN + "); this row asks for "
                        + HASH + ". The Panel investigates with the relevant Parties whether to replace it."));
    }

    @Test
    void findsAConflictWithTheSameHashOnAnotherDeviceModelWhenTheSecInvestigatesThat() {
        Facts elsewhere = new Facts(false, Optional.empty(), Optional.empty(), Map.of(), List.of(withHash(9L, HASH)),
                true);

        assertThat(SubmissionRules.outcomeOf(row, elsewhere)).isEqualTo(new Outcome(RowOutcome.CONFLICT,
                "The same Hash " + HASH + " is already the current Hash of CPL entry 9, another Device Model (" + ORIGIN
                        + "). SECAS investigates with the relevant Parties whether it may also be associated with"
                        + " this one."));
    }

    @Test
    void notesTheSameHashOnOtherDeviceModelsWhenTheSecOnlyWarns() {
        Facts elsewhere = new Facts(false, Optional.empty(), Optional.empty(), Map.of(),
                List.of(withHash(9L, HASH), withHash(10L, HASH)), false);

        assertThat(SubmissionRules.outcomeOf(row, elsewhere)).isEqualTo(new Outcome(RowOutcome.PENDING,
                "Appendix Z 4.3(b): no Hash is currently associated with this Device Model. Note: the same Hash is the"
                        + " current Hash of CPL entries 9, 10 (another Device Model)."));
    }

    @Test
    void aClosedEntryIsTheReasonEvenWhenItsHashWouldConflict() {
        Facts closedAndConflicting = new Facts(false, Optional.of(withHash(5L, OTHER_HASH)),
                Optional.of("CPL entry 5's CPA certificate has expired."), Map.of(), List.of(), false);

        assertThat(SubmissionRules.outcomeOf(row, closedAndConflicting)).isEqualTo(new Outcome(RowOutcome.REJECTED,
                "CPL entry 5's CPA certificate has expired."));
    }

    @Test
    void aRowSettledByItsOwnModelsHashNeverAsksWhereElseTheHashIsCurrent() {
        Facts conflicting = new Facts(false, Optional.of(withHash(5L, OTHER_HASH)), Optional.empty(), Map.of(), () -> {
            throw new AssertionError("the register was asked for the same Hash elsewhere");
        }, true);

        assertThat(SubmissionRules.outcomeOf(row, conflicting).outcome()).isEqualTo(RowOutcome.CONFLICT);
    }

    @Test
    void aRowWithoutACurrentHashAsksOnceWhereElseTheHashIsCurrent() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Facts facts = new Facts(false, Optional.empty(), Optional.empty(), Map.of(), () -> {
            asked.incrementAndGet();
            return List.of(withHash(9L, HASH));
        }, false);

        assertThat(SubmissionRules.outcomeOf(row, facts).reason()).contains("current Hash of CPL entry 9");
        assertThat(asked).hasValue(1);
    }
}
