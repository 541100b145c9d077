package uk.secgov.cpl.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.EntryStatusChange.ActorRole;
import uk.secgov.cpl.MaintenanceFixtures;

/**
 * The public API and the CSV export show CPA_EXPIRED and REMOVED entries with their status records, and a renewed
 * entry with its current CPA certificate.
 */
class CplEntryStatusApiTest {

    private static final TestCalendars CALENDARS = new TestCalendars(java.time.Clock.systemUTC(), null);
    private static final String HASH = "9f".repeat(32);

    private MaintenanceFixtures.Records records;
    private CplMaintenance maintenance;
    private CplEntryResource api;

    @BeforeEach
    void entries() {
        records = new MaintenanceFixtures.Records();
        maintenance = MaintenanceFixtures.maintenance(records, CALENDARS.calendar(), 20, java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-21T10:00:00Z"), java.time.ZoneOffset.UTC));
        records.entry(1001, "aa".repeat(32), LocalDate.of(2027, 6, 30), null);
        records.entry(1004, HASH, LocalDate.of(2026, 12, 31), null);
        records.entry(1006, "bb".repeat(32), null, LocalDate.of(2028, 6, 30));
        api = new CplEntryResource();
        api.cpl = MaintenanceFixtures.published(records);
        maintenance.expire(LocalDate.of(2026, 12, 31));
        maintenance.remove(1006, "panel", ActorRole.PANEL, LocalDate.of(2026, 1, 15), "Firmware vulnerability");
    }

    @Test
    void anExpiredEntryKeepsItsHashAndShowsWhenAndWhy() {
        CplEntryResource.Entry entry = api.entry(1004);

        assertThat(entry.status()).isEqualTo("CPA_EXPIRED");
        assertThat(entry.currentHash()).isEqualTo(HASH);
        assertThat(entry.statusSince()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(entry.statusReason()).contains("expired on 31/12/2026");
        assertThat(api.statuses(1004)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo("CPA_EXPIRED");
            assertThat(s.role()).isEqualTo("SYSTEM");
            assertThat(s.recordedBy()).isEqualTo("system");
        });
    }

    @Test
    void aRemovedEntryHasNoCurrentHashAndItsDecisionIsPublished() {
        CplEntryResource.Entry entry = api.entry(1006);

        assertThat(entry.status()).isEqualTo("REMOVED");
        assertThat(entry.currentHash()).isNull();
        assertThat(api.statuses(1006)).singleElement().satisfies(s -> {
            assertThat(s.role()).isEqualTo("PANEL");
            assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(s.reason()).isEqualTo("Firmware vulnerability");
        });
        assertThat(api.entry(1001).status()).isEqualTo("HASH_ASSOCIATED");
    }

    @Test
    void theCsvExportListsEveryEntryWithItsStatus() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        api.csvBody().write(out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv.lines().filter(l -> l.startsWith("1001,"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1001,HASH_ASSOCIATED,ESME"));
        assertThat(csv.lines().filter(l -> l.startsWith("1004,"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1004,CPA_EXPIRED,ESME").contains(HASH));
        assertThat(csv.lines().filter(l -> l.startsWith("1006,"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1006,REMOVED,ESME").doesNotContain("bb".repeat(32)));
    }

    @Test
    void aRenewedEntryShowsItsCurrentCertificateItsRenewalsAndIsListedAgain() throws Exception {
        maintenance.renew(1004, "secas", "CPA-2026-0900", LocalDate.of(2029, 12, 31), null, "Sent by Meterworks",
                null);

        CplEntryResource.Entry entry = api.entry(1004);
        assertThat(entry.status()).isEqualTo("HASH_ASSOCIATED");
        assertThat(entry.cpaCertificate()).isEqualTo("CPA-2026-0900");
        assertThat(entry.cpaExpiry()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(entry.cpaRenewal()).isNull();
        assertThat(entry.currentHash()).isEqualTo(HASH);
        assertThat(entry.statusReason()).isEqualTo("CPA certificate CPA-2026-0900 renewed (expires 31/12/2029):"
                + " listed again.");
        assertThat(api.statuses(1004)).extracting(CplEntryResource.StatusChange::status)
                .containsExactly("CPA_EXPIRED", "HASH_ASSOCIATED");
        assertThat(api.cpaRenewals(1004)).singleElement().satisfies(r -> {
            assertThat(r.seq()).isEqualTo(1);
            assertThat(r.cpaCertificate()).isEqualTo("CPA-2026-0900");
            assertThat(r.recordedBy()).isEqualTo("secas");
            assertThat(r.note()).isEqualTo("Sent by Meterworks");
        });
        assertThat(api.cpaRenewals(1001)).isEmpty();
        assertThat(api.entry(1001).cpaCertificate()).isEqualTo("CPA-1001");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        api.csvBody().write(out);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("1004,"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1004,HASH_ASSOCIATED,ESME").contains(
                        ",CPA-2026-0900,2029-12-31,,").doesNotContain("CPA-1004"));
    }
}
