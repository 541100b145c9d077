package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.cpl.EntryStatusChange.ActorRole;

/**
 * Renewed CPA certificates (domain §2 "Nothing is ever altered"): each is the next step of the entry's chain and
 * becomes its current certificate, the one it was listed with stays; a CPA-expired entry is listed again by a new
 * status record; the daily check uses the renewed date; a removed entry and bad input are refused, changing nothing.
 */
class CpaRenewalTest {

    private static final TestCalendars CALENDARS = new TestCalendars(Clock.systemUTC(), null);
    /** Today is Sat 21/11/2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate NEW_EXPIRY = LocalDate.of(2029, 3, 31);

    private MaintenanceFixtures.Records records;
    private CplMaintenance maintenance;

    @BeforeEach
    void entries() {
        records = new MaintenanceFixtures.Records();
        maintenance = MaintenanceFixtures.maintenance(records, CALENDARS.calendar(), 20, CLOCK);
        records.entry(1001, "aa".repeat(32), LocalDate.of(2026, 12, 1), null);
        records.entry(1002, null, LocalDate.of(2027, 1, 1), null);
        records.entry(1003, "cc".repeat(32), LocalDate.of(2026, 6, 30), null);
        records.entry(1004, "dd".repeat(32), null, LocalDate.of(2026, 12, 15));
    }

    @Test
    void aRenewalIsTheNextStepOfTheChainAndBecomesTheCurrentCertificate() {
        CplMaintenance.RenewalRecorded first = maintenance.renew(1001, "secas", " CPA-2026-0501 ", NEW_EXPIRY, null,
                " Certificate sent by Meterworks ", null);

        assertThat(first.renewal().seq()).isEqualTo(1);
        assertThat(first.renewal().previousSeq()).isEmpty();
        assertThat(first.renewal().certificate()).isEqualTo(new CpaCertificate("CPA-2026-0501", NEW_EXPIRY, null));
        assertThat(first.renewal().actor()).isEqualTo("secas");
        assertThat(first.renewal().at()).isEqualTo(CLOCK.instant());
        assertThat(first.renewal().note()).contains("Certificate sent by Meterworks");
        assertThat(first.listedAgain()).as("the entry was listed; no status record").isEmpty();
        assertThat(records.history(1001)).isEmpty();

        CplMaintenance.RenewalRecorded second = maintenance.renew(1001, "secas", "CPA-2029-0002", null,
                LocalDate.of(2031, 3, 31), null, null);

        assertThat(second.renewal().seq()).isEqualTo(2);
        assertThat(second.renewal().previousSeq()).contains(1);
        assertThat(second.renewal().note()).isEmpty();
        CplEntry entry = records.entry(1001);
        assertThat(entry.cpa()).isEqualTo(new CpaCertificate("CPA-2029-0002", null, LocalDate.of(2031, 3, 31)));
        assertThat(entry.cpa().dateIsRenewal()).isTrue();
        assertThat(entry.model().listedCpa()).as("the certificate it was listed with stays")
                .isEqualTo(new CpaCertificate("CPA-1001", LocalDate.of(2026, 12, 1), null));
        assertThat(records.renewals(1001)).extracting(r -> r.certificate().reference())
                .containsExactly("CPA-2026-0501", "CPA-2029-0002");
        assertThat(maintenance.currentCertificate(entry.model()).reference()).isEqualTo("CPA-2029-0002");
    }

    @Test
    void aCpaExpiredEntryIsListedAgainByANewStatusRecordWithTheRenewalAsItsReason() {
        maintenance.expire(LocalDate.of(2026, 11, 21));
        assertThat(records.status(1003)).isEqualTo(CplEntry.Status.CPA_EXPIRED);

        CplMaintenance.RenewalRecorded renewed = maintenance.renew(1003, "secas", "CPA-2026-0777", NEW_EXPIRY, null,
                null, null);

        assertThat(renewed.listedAgain()).hasValueSatisfying(c -> {
            assertThat(c.status()).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
            assertThat(c.seq()).isEqualTo(2);
            assertThat(c.actorRole()).isEqualTo(ActorRole.SECAS);
            assertThat(c.actor()).isEqualTo("secas");
            assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(c.reason()).isEqualTo("CPA certificate CPA-2026-0777 renewed (expires 31/03/2029): listed"
                    + " again.");
        });
        assertThat(records.history(1003)).extracting(EntryStatusChange::status)
                .containsExactly(CplEntry.Status.CPA_EXPIRED, CplEntry.Status.HASH_ASSOCIATED);
        assertThat(records.history(1003).get(0).reason()).as("the expiry record is kept as it was")
                .contains("CPA certificate CPA-1003 expired on 30/06/2026");
        assertThat(records.status(1003)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
        assertThat(records.entry(1003).currentHash()).contains(ImageHash.of("cc".repeat(32)));
        assertThat(maintenance.refusalForNewHash(1003)).as("new Hashes are accepted again").isEmpty();
        // Listed again, it can be removed (the next record) and expires again on the renewed date.
        assertThat(maintenance.expire(LocalDate.of(2029, 3, 30))).doesNotContain(1003L);
        assertThat(maintenance.expire(NEW_EXPIRY)).contains(1003L);
        assertThat(records.history(1003)).extracting(EntryStatusChange::seq).containsExactly(1, 2, 3);
        assertThat(records.history(1003).get(2).reason()).contains("CPA certificate CPA-2026-0777 expired on"
                + " 31/03/2029");
    }

    @Test
    void theDailyCheckUsesTheRenewedDateNotTheOldOne() {
        maintenance.renew(1001, "secas", "CPA-2026-0501", NEW_EXPIRY, null, null, null);
        maintenance.renew(1004, "secas", "CPA-2026-0502", null, LocalDate.of(2027, 12, 15), null, null);

        assertThat(maintenance.raiseWarnings(LocalDate.of(2026, 11, 23))).as("old dates 01/12 and 15/12").isEmpty();
        assertThat(maintenance.expire(LocalDate.of(2026, 12, 15))).as("only 1003, never renewed")
                .containsExactly(1003L);
        assertThat(records.status(1001)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
        assertThat(records.status(1004)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);

        assertThat(maintenance.raiseWarnings(LocalDate.of(2027, 11, 30))).hasSize(1);
        assertThat(records.warnings()).singleElement().satisfies(w -> {
            assertThat(w.deviceModelId()).isEqualTo(1004);
            assertThat(w.cpaDate()).isEqualTo(LocalDate.of(2027, 12, 15));
            assertThat(w.renewal()).isTrue();
        });
        CplMaintenance.WarningDetail detail = maintenance.warning(records.warnings().get(0).id());
        assertThat(detail.summary()).contains("CPA certificate CPA-2026-0502 is due for renewal on 15/12/2027");
        assertThat(maintenance.expire(LocalDate.of(2027, 12, 15))).containsExactly(1004L);
        assertThat(records.history(1004)).singleElement().satisfies(c -> assertThat(c.reason())
                .contains("CPA certificate CPA-2026-0502 reached its renewal date 15/12/2027"));
    }

    @Test
    void aRenewalFromAWarningIsRecordedWithItAndShownOnIt() {
        maintenance.raiseWarnings(LocalDate.of(2026, 11, 23));
        CpaWarning warning = records.warnings(1001).get(0);

        maintenance.renew(1001, "secas", "CPA-2026-0501", NEW_EXPIRY, null, "Sent by Meterworks", warning.id());

        assertThat(records.renewals(1001)).singleElement().satisfies(r -> assertThat(r.warningId())
                .contains(warning.id()));
        assertThat(records.actions(warning.id())).singleElement().satisfies(a -> assertThat(a.note())
                .isEqualTo("Recorded the renewed certificate: CPA certificate CPA-2026-0501 renewed (expires"
                        + " 31/03/2029). Sent by Meterworks"));
        CplMaintenance.WarningDetail detail = maintenance.warning(warning.id());
        assertThat(detail.renewed()).isTrue();
        assertThat(detail.certificate().reference()).isEqualTo("CPA-2026-0501");
        assertThatThrownBy(() -> maintenance.renew(1003, "secas", "CPA-X", NEW_EXPIRY, null, null, warning.id()))
                .isInstanceOfSatisfying(InvalidCplRequest.class, e -> assertThat(e.field()).isEqualTo("warningId"));
        assertThat(records.renewals(1003)).isEmpty();
    }

    @Test
    void aRemovedEntryCannotBeRenewed() {
        maintenance.remove(1001, "panel", ActorRole.PANEL, LocalDate.of(2026, 11, 12), "Firmware vulnerability");

        assertThatThrownBy(() -> maintenance.renew(1001, "secas", "CPA-2026-0501", NEW_EXPIRY, null, null, null))
                .isInstanceOf(EntryChangeRefused.class).hasMessageContaining("CPL entry 1001 is removed from the CPL")
                .hasMessageContaining("Firmware vulnerability").hasMessageContaining("cannot be renewed");
        assertThatThrownBy(() -> maintenance.renew(1002, "secas", "CPA-2026-0502", NEW_EXPIRY, null, null, null))
                .as("imported as removed").isInstanceOf(EntryChangeRefused.class)
                .hasMessageContaining("CPL entry 1002 is removed");
        assertThat(records.renewals(1001)).isEmpty();
        assertThat(records.renewals(1002)).isEmpty();
        assertThat(records.history(1001)).singleElement().satisfies(c -> assertThat(c.status())
                .isEqualTo(CplEntry.Status.REMOVED));
    }

    @Test
    void aRenewalOfAnUnknownEntryIsRefused() {
        assertThatThrownBy(() -> maintenance.renew(9999, "secas", "CPA-1", NEW_EXPIRY, null, null, null))
                .isInstanceOf(UnknownEntry.class).hasMessage("There is no CPL entry 9999.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badRenewals")
    void badInputIsRefusedWithTheFieldAndChangesNothing(String field, String message, Consumer<CplMaintenance> renewal) {
        MaintenanceFixtures.expired(records, 1003, LocalDate.of(2026, 6, 30));

        assertField(() -> renewal.accept(maintenance), field, message);

        assertThat(records.renewals(1003)).isEmpty();
        assertThat(records.history(1003)).hasSize(1);
        assertThat(records.status(1003)).isEqualTo(CplEntry.Status.CPA_EXPIRED);
    }

    static Stream<Arguments> badRenewals() {
        return Stream.of(
                renewal("cpaCertificate", "reference", m -> m.renew(1003, "secas", "  ", NEW_EXPIRY, null, null, null)),
                renewal("cpaCertificate", "reference", m -> m.renew(1003, "secas", null, NEW_EXPIRY, null, null, null)),
                renewal("cpaCertificate", "200", m -> m.renew(1003, "secas", "C".repeat(201), NEW_EXPIRY, null, null,
                        null)),
                renewal("cpaExpiry", "expiry date (cpaExpiry) or renewal date (cpaRenewal)", m -> m.renew(1003,
                        "secas", "CPA-1", null, null, null, null)),
                renewal("cpaExpiry", "20/11/2026 is not after today (21/11/2026)", m -> m.renew(1003, "secas",
                        "CPA-1", LocalDate.of(2026, 11, 20), null, null, null)),
                renewal("cpaRenewal", "21/11/2026 is not after today", m -> m.renew(1003, "secas", "CPA-1", null,
                        LocalDate.of(2026, 11, 21), null, null)),
                renewal("note", "4000", m -> m.renew(1003, "secas", "CPA-1", NEW_EXPIRY, null, "n".repeat(4001),
                        null)));
    }

    private static Arguments renewal(String field, String message, Consumer<CplMaintenance> renewal) {
        return Arguments.arguments(field, message, renewal);
    }

    @Test
    void aDateFieldIsAnIsoDateOrBlank() {
        assertField(() -> CplMaintenance.date("cpaExpiry", "31/03/2029"), "cpaExpiry", "yyyy-mm-dd");
        assertField(() -> CplMaintenance.date("cpaRenewal", "2029-02-30"), "cpaRenewal", "2029-02-30");
        assertThat(CplMaintenance.date("cpaExpiry", " ")).isNull();
        assertThat(CplMaintenance.date("cpaExpiry", " 2029-03-31 ")).isEqualTo(NEW_EXPIRY);
    }

    @Test
    void anEntryReturnsToTheCplOnlyFromCpaExpired() {
        EntryStatusChange removed = records.add(EntryStatusChange.following(Optional.empty(), 1001,
                CplEntry.Status.REMOVED, CLOCK.instant(), LocalDate.of(2026, 11, 21), "panel", ActorRole.PANEL, null,
                "Removed"));

        assertThatThrownBy(() -> EntryStatusChange.following(Optional.of(removed), 1001,
                CplEntry.Status.HASH_ASSOCIATED, CLOCK.instant(), LocalDate.of(2026, 11, 21), "secas",
                ActorRole.SECAS, null, "Renewed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only from CPA_EXPIRED");
        assertThatThrownBy(() -> EntryStatusChange.following(Optional.empty(), 1004,
                CplEntry.Status.HASH_ASSOCIATED, CLOCK.instant(), LocalDate.of(2026, 11, 21), "secas",
                ActorRole.SECAS, null, "Renewed")).as("an entry that never left").isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aRenewedCertificateHasADate() {
        assertThatThrownBy(() -> CpaRenewal.following(Optional.empty(), 1001, new CpaCertificate("CPA-1", null,
                null), CLOCK.instant(), "secas", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRenewalFollowsOnlyAStepOfItsOwnEntrysChain() {
        CpaRenewal first = records.add(CpaRenewal.following(Optional.empty(), 1004, new CpaCertificate("CPA-1",
                NEW_EXPIRY, null), CLOCK.instant(), "secas", null, null));

        assertThatThrownBy(() -> CpaRenewal.following(Optional.of(first), 1003, new CpaCertificate("CPA-2",
                NEW_EXPIRY, null), CLOCK.instant(), "secas", null, null)).as("a step of another entry's chain")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1004");
    }

    @Test
    void theChainKeepsOnlyTheDirectSuccessor() {
        records.add(CpaRenewal.following(Optional.empty(), 1004, new CpaCertificate("CPA-1", NEW_EXPIRY, null),
                CLOCK.instant(), "secas", null, null));
        CpaRenewal stale = CpaRenewal.following(Optional.empty(), 1004, new CpaCertificate("CPA-2", NEW_EXPIRY,
                null), CLOCK.instant(), "secas", null, null);

        assertThatThrownBy(() -> records.add(stale)).as("a second first step").isInstanceOf(
                IllegalStateException.class);
    }

    @Test
    void aNewHashAssociationIsTheNextStepOfItsEntrysChain() {
        assertThat(HashAssociation.following(Optional.of(records.register.current(1001).orElseThrow()), 1001,
                ImageHash.of("ee".repeat(32)), CLOCK.instant(), null, null, "secas", "Replaced")).satisfies(a -> {
                    assertThat(a.seq()).isEqualTo(2);
                    assertThat(a.previousSeq()).contains(1);
                    assertThat(a.deviceModelId()).isEqualTo(1001);
                });
    }

    @Test
    void theCertificateDateIsTheEarlierOfItsDates() {
        CpaCertificate both = new CpaCertificate("CPA-1", LocalDate.of(2028, 1, 1), LocalDate.of(2027, 6, 1));
        assertThat(both.date()).contains(LocalDate.of(2027, 6, 1));
        assertThat(both.dateIsRenewal()).isTrue();
        assertThat(new CpaCertificate("CPA-1", LocalDate.of(2028, 1, 1), null).dateIsRenewal()).isFalse();
        assertThat(new CpaCertificate(null, null, null).date()).isEmpty();
        assertThat(new CpaCertificate(null, null, null).named()).isEqualTo("The CPA certificate");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCplRequest.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
