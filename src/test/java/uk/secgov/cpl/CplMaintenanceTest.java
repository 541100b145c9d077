package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.cpl.EntryStatusChange.ActorRole;

/** Removal of a CPL entry by Panel decision: a new status record with its decision, refused when it cannot be. */
class CplMaintenanceTest {

    private static final TestCalendars CALENDARS = new TestCalendars(java.time.Clock.systemUTC(), null);
    private static final LocalDate MEETING = LocalDate.of(2026, 1, 15);

    private MaintenanceFixtures.Records records;
    private CplMaintenance maintenance;

    @BeforeEach
    void entries() {
        records = new MaintenanceFixtures.Records();
        maintenance = MaintenanceFixtures.maintenance(records, CALENDARS.calendar(), 20);
        records.entry(1001, "aa".repeat(32), LocalDate.of(2027, 6, 30), null);
        records.entry(1002, null, null, null);
        records.entry(1003, "cc".repeat(32), LocalDate.of(2020, 1, 1), null);
    }

    @Test
    void thePanelRemovesAnEntryWhichStaysWithItsDecisionAndHistory() {
        EntryStatusChange removal = maintenance.remove(1001, "panel", ActorRole.PANEL, MEETING,
                " Security vulnerability in firmware ");

        assertThat(removal.status()).isEqualTo(CplEntry.Status.REMOVED);
        assertThat(removal.seq()).isEqualTo(1);
        assertThat(removal.actor()).isEqualTo("panel");
        assertThat(removal.actorRole()).isEqualTo(ActorRole.PANEL);
        assertThat(removal.meetingDate()).contains(MEETING);
        assertThat(removal.reason()).isEqualTo("Security vulnerability in firmware");
        assertThat(records.status(1001)).isEqualTo(CplEntry.Status.REMOVED);
        assertThat(records.register.model(1001)).isPresent();
        assertThat(records.register.history(1001)).hasSize(1);
        assertThat(maintenance.refusalForNewHash(1001)).hasValueSatisfying(r -> assertThat(r)
                .contains("was removed from the CPL by Panel decision", "Security vulnerability in firmware"));
    }

    @Test
    void aCpaExpiredEntryCanBeRemovedAsTheNextStatusRecord() {
        maintenance.expire(LocalDate.of(2026, 11, 21));
        assertThat(records.status(1003)).isEqualTo(CplEntry.Status.CPA_EXPIRED);
        assertThat(maintenance.refusalForNewHash(1003)).hasValueSatisfying(r -> assertThat(r)
                .contains("CPA certificate of CPL entry 1003 has expired"));

        EntryStatusChange removal = maintenance.remove(1003, "secas", ActorRole.SECAS, MEETING, "No renewal");

        assertThat(removal.seq()).isEqualTo(2);
        assertThat(records.history(1003)).extracting(EntryStatusChange::status)
                .containsExactly(CplEntry.Status.CPA_EXPIRED, CplEntry.Status.REMOVED);
    }

    @Test
    void aSecondRemovalIsRefusedAndChangesNothing() {
        maintenance.remove(1001, "panel", ActorRole.PANEL, null, "Withdrawn by the manufacturer");

        assertThatThrownBy(() -> maintenance.remove(1001, "panel", ActorRole.PANEL, null, "Again"))
                .isInstanceOf(EntryChangeRefused.class).hasMessageContaining("already removed")
                .hasMessageContaining("Withdrawn by the manufacturer");
        assertThatThrownBy(() -> maintenance.remove(1002, "panel", ActorRole.PANEL, null, "Again"))
                .isInstanceOf(EntryChangeRefused.class).hasMessageContaining("already removed");
        assertThat(records.history(1001)).hasSize(1);
    }

    @Test
    void refusesAnUnknownEntry() {
        assertThatThrownBy(() -> maintenance.remove(9999, "panel", ActorRole.PANEL, null, "Reason"))
                .isInstanceOf(UnknownEntry.class).hasMessage("There is no CPL entry 9999.");
    }

    @Test
    void aRemovalNeedsAReason() {
        assertThatThrownBy(() -> maintenance.remove(1001, "panel", ActorRole.PANEL, null, "  "))
                .isInstanceOf(InvalidCplRequest.class).hasMessageContaining("reason");
        assertEntryUntouched(1001);
    }

    @Test
    void secasRemovesOnlyWithThePanelMeetingsDate() {
        assertThatThrownBy(() -> maintenance.remove(1001, "secas", ActorRole.SECAS, null, "Reason"))
                .isInstanceOfSatisfying(InvalidCplRequest.class, e -> assertThat(e.field()).isEqualTo("meetingDate"));
        assertEntryUntouched(1001);
    }

    @Test
    void theMeetingCannotBeInTheFuture() {
        assertThatThrownBy(() -> maintenance.remove(1001, "panel", ActorRole.PANEL, LocalDate.of(2199, 1, 1),
                "Reason")).isInstanceOf(InvalidCplRequest.class).hasMessageContaining("future");
        assertEntryUntouched(1001);
    }

    /** No status change recorded: the entry is listed as before and still takes a new Hash. */
    private void assertEntryUntouched(long entryId) {
        assertThat(records.history(entryId)).isEmpty();
        assertThat(maintenance.refusalForNewHash(entryId)).isEmpty();
    }
}
