package uk.secgov.cplsubmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.DeviceModelRow;
import uk.secgov.cpl.DeviceType;
import uk.secgov.cpl.NamedFile;
import uk.secgov.cpl.SpecificationVersion;
import uk.secgov.testing.Ids;

/** A received submission, its rows and the register's Device Models, with the ids the database would give them. */
final class SubmissionFixtures {

    static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");
    static final String HASH = "a".repeat(64);
    static final String OTHER_HASH = "b".repeat(64);

    private SubmissionFixtures() {
    }

    static CplSubmission received() {
        return withId(CplSubmission.received(1, 12L, "supplier", RECEIVED, new NamedFile("form.csv", new byte[] {1}),
                new NamedFile("form.p7s", new byte[] {2})), 7L);
    }

    /** An ESME of manufacturer 1063 with the Hash {@link #HASH}, on spreadsheet row {@code number}. */
    static SubmittedRow row(long id, int number) {
        return row(id, number, DeviceType.ESME, new SpecificationVersion(SpecificationVersion.Family.SMETS2, "4.2"),
                List.of());
    }

    static SubmittedRow row(long id, int number, DeviceType type, SpecificationVersion version, List<Long> upgradeFrom) {
        return withId(SubmittedRow.of(7L, new DeviceModelRow(number, type, "1063", "Meterworks Ltd", "M" + number,
                "Meter " + number, "0001", "00000002", version, "4.0", "CPA-1", LocalDate.of(2030, 1, 1), null, HASH,
                upgradeFrom)), id);
    }

    /** A Device Model listed on the CPL as CPL entry {@code entryId}, like the row. */
    static DeviceModel listed(long entryId, SubmittedRow like) {
        return withId(DeviceModel.listed(like, RECEIVED), entryId);
    }

    static SubmissionEvent event(SubmissionStatus status) {
        return SubmissionEvent.of(7L, RECEIVED, status, "system", status.label());
    }

    static RowDecision ruled(long rowId, RowOutcome outcome) {
        return RowDecision.of(rowId, RECEIVED, RowDecision.Stage.RULES, outcome, "system", "rules");
    }

    static <T> T withId(T entity, long id) {
        return Ids.stored(entity, id);
    }
}
