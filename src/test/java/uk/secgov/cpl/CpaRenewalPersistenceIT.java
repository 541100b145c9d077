package uk.secgov.cpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;

/**
 * Inside the real WAR against the schema Flyway built (V36): a CPA-expired demo entry (1002, a GSME no other
 * test uses) renewed by SECAS is listed again by a HASH_ASSOCIATED status record, the daily check's query uses the
 * renewed date, and the database accepts only the direct successor in the renewal chain.
 */
@ExtendWith(ArquillianExtension.class)
class CpaRenewalPersistenceIT {

    @Deployment
    static WebArchive war() {
        return Deployments.realWar().addClass(Deployments.class);
    }

    @Inject
    CplMaintenance maintenance;

    @Inject
    EntryStatuses statuses;

    @Inject
    PublishedCpl cpl;

    @Resource
    UserTransaction tx;

    @Test
    void aCpaExpiredEntryRenewedIsListedAgainAndTheDailyCheckUsesTheRenewedDate() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate oldDate = LocalDate.of(2027, 9, 30);
        LocalDate newDate = today.plusYears(4);
        tx.begin();
        statuses.add(EntryStatusChange.following(statuses.current(1002), 1002, CplEntry.Status.CPA_EXPIRED,
                Instant.now(), today.minusDays(1), CplMaintenance.SYSTEM, EntryStatusChange.ActorRole.SYSTEM, null,
                "CPA certificate CPA-2024-0108 expired (test)"));
        tx.commit();
        assertEquals(CplEntry.Status.CPA_EXPIRED, cpl.entry(1002).orElseThrow().status());
        assertTrue(maintenance.refusalForNewHash(1002).isPresent());

        CplMaintenance.RenewalRecorded renewed = asApplication(() -> maintenance.renew(1002, "secas", "CPA-2026-0555",
                null, newDate, "Renewal date from the new certificate", null));

        assertEquals(CplEntry.Status.HASH_ASSOCIATED, renewed.listedAgain().orElseThrow().status());
        CplEntry entry = cpl.entry(1002).orElseThrow();
        assertEquals(CplEntry.Status.HASH_ASSOCIATED, entry.status());
        assertEquals(new CpaCertificate("CPA-2026-0555", null, newDate), entry.cpa());
        assertEquals("CPA-2024-0108", entry.model().listedCpa().reference(), "the certificate it was listed with");
        List<EntryStatusChange> history = cpl.statusHistory(1002);
        assertEquals(List.of(CplEntry.Status.CPA_EXPIRED, CplEntry.Status.HASH_ASSOCIATED), history.subList(
                history.size() - 2, history.size()).stream().map(EntryStatusChange::status).toList());
        assertTrue(maintenance.refusalForNewHash(1002).isEmpty());
        assertTrue(ids(cpl.page(EntryFilter.of(null, null, "HASH_ASSOCIATED", null), 0, 500)).contains(1002L));
        assertFalse(ids(cpl.page(EntryFilter.of(null, null, "CPA_EXPIRED", null), 0, 500)).contains(1002L));

        tx.begin();
        try {
            assertFalse(statuses.listedWithCpaDateUpTo(oldDate).stream().map(DeviceModel::id).toList()
                    .contains(1002L), "the old renewal date no longer counts");
            assertTrue(statuses.listedWithCpaDateUpTo(newDate).stream().map(DeviceModel::id).toList()
                    .contains(1002L), "the renewed date counts");
            // An entry without renewals has no current renewal (an id no entry has: other tests renew the demo's).
            assertEquals(java.util.Set.of(1002L), statuses.currentRenewals(List.of(1002L, 999_999L)).keySet());
        } finally {
            tx.rollback();
        }

        tx.begin();
        try {
            assertThrows(RuntimeException.class, () -> statuses.add(CpaRenewal.following(Optional.empty(), 1002,
                    new CpaCertificate("CPA-STALE", newDate, null), Instant.now(), "secas", null, null)),
                    "a second first step of the renewal chain");
        } finally {
            tx.rollback();
        }
        List<CpaRenewal> renewals = cpl.cpaRenewals(1002);
        assertEquals("CPA-2026-0555", renewals.get(renewals.size() - 1).certificate().reference());
    }

    private static List<Long> ids(List<CplEntry> entries) {
        return entries.stream().map(e -> e.model().id()).toList();
    }

    /** Administration as the application itself would do it (this test calls the use cases without a signed-in person). */
    private static <T> T asApplication(java.util.concurrent.Callable<T> work) {
        try {
            return uk.secgov.platform.security.Callers.asSystem(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
