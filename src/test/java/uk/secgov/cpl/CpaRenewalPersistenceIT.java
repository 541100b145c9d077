package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;

/**
 * Inside the real WAR against the schema Flyway built (V24, V35.1): a CPA-expired demo entry (1002, a GSME no other
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
        assertThat(cpl.entry(1002).orElseThrow().status()).isEqualTo(CplEntry.Status.CPA_EXPIRED);
        assertThat(maintenance.refusalForNewHash(1002)).isPresent();

        CplMaintenance.RenewalRecorded renewed = maintenance.renew(1002, "secas", "CPA-2026-0555", null, newDate,
                "Renewal date from the new certificate", null);

        assertThat(renewed.listedAgain()).hasValueSatisfying(c -> assertThat(c.status())
                .isEqualTo(CplEntry.Status.HASH_ASSOCIATED));
        CplEntry entry = cpl.entry(1002).orElseThrow();
        assertThat(entry.status()).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
        assertThat(entry.cpa()).isEqualTo(new CpaCertificate("CPA-2026-0555", null, newDate));
        assertThat(entry.model().listedCpa().reference()).isEqualTo("CPA-2024-0108");
        assertThat(cpl.statusHistory(1002)).extracting(EntryStatusChange::status).endsWith(
                CplEntry.Status.CPA_EXPIRED, CplEntry.Status.HASH_ASSOCIATED);
        assertThat(maintenance.refusalForNewHash(1002)).isEmpty();
        assertThat(cpl.page(EntryFilter.of(null, null, "HASH_ASSOCIATED", null), 0, 500))
                .extracting(e -> e.model().id()).contains(1002L);
        assertThat(cpl.page(EntryFilter.of(null, null, "CPA_EXPIRED", null), 0, 500))
                .extracting(e -> e.model().id()).doesNotContain(1002L);

        tx.begin();
        try {
            assertThat(statuses.listedWithCpaDateUpTo(oldDate)).extracting(DeviceModel::id).doesNotContain(1002L);
            assertThat(statuses.listedWithCpaDateUpTo(newDate)).extracting(DeviceModel::id).contains(1002L);
            assertThat(statuses.currentRenewals(java.util.List.of(1002L, 1001L))).containsOnlyKeys(1002L);
        } finally {
            tx.rollback();
        }

        tx.begin();
        try {
            assertThatThrownBy(() -> statuses.add(CpaRenewal.following(Optional.empty(), 1002, new CpaCertificate(
                    "CPA-STALE", newDate, null), Instant.now(), "secas", null, null))).as("a second first step")
                    .isInstanceOf(RuntimeException.class);
        } finally {
            tx.rollback();
        }
        assertThat(cpl.cpaRenewals(1002)).extracting(r -> r.certificate().reference())
                .containsExactly("CPA-2026-0555");
    }
}
