package uk.secgov.cpl.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.EntryStatusChange;
import uk.secgov.cpl.MaintenanceFixtures;
import uk.secgov.inbox.TaskFieldsRefused;
import uk.secgov.platform.engine.ProcessEngineBootstrap;

/**
 * {@code cpl-maintenance} on the real engine, the real maintenance rules and the real Working Day calendar (England
 * and Wales holidays), over entries kept in memory: the daily timer warns SECAS within 3 Working Days across
 * Christmas 2026, marks entries CPA_EXPIRED on their date, and a second run the same day changes nothing.
 */
class CplMaintenanceProcessTest {

    static final TestCalendars CALENDARS = new TestCalendars(java.time.Clock.systemUTC(), null);
    static final Holder HOLDER = new Holder();

    /** The engine's beans are fixed when it is built; each test gets fresh records behind them. */
    static final class Holder {
        MaintenanceFixtures.Records records;
        CplMaintenance maintenance;
    }

    /** Delegates to the current test's maintenance. */
    static final class CurrentMaintenance extends CplMaintenance {

        @Override
        public List<Long> expire(LocalDate today) {
            return HOLDER.maintenance.expire(today);
        }

        @Override
        public List<Long> raiseWarnings(LocalDate today) {
            return HOLDER.maintenance.raiseWarnings(today);
        }

        @Override
        public WarningDetail warning(long warningId) {
            return HOLDER.maintenance.warning(warningId);
        }

        @Override
        public uk.secgov.cpl.CpaWarningAction noteAction(long warningId, String actor, String note) {
            return HOLDER.maintenance.noteAction(warningId, actor, note);
        }

        @Override
        public RenewalRecorded renew(long entryId, String actor, String reference, LocalDate expiry,
                LocalDate renewal, String note, Long warningId) {
            return HOLDER.maintenance.renew(entryId, actor, reference, expiry, renewal, note, warningId);
        }
    }

    /** The engine's clock, which the tests move: "today" for the rules too (a renewal's date is after it). */
    static final java.time.Clock ENGINE_CLOCK = new java.time.Clock() {

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    };

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    private static ProcessEngine engine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:cpl-maintenance-process-test;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyApplicationSettings(configuration);
        configuration.setJobExecutorActivate(false);
        CurrentMaintenance maintenance = new CurrentMaintenance();
        configuration.setBeans(Map.of("cplMaintenanceSteps", new CplMaintenanceSteps(maintenance),
                "cpaWarningCompleted", new CpaWarningCompleted(maintenance)));
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void entries() {
        HOLDER.records = new MaintenanceFixtures.Records();
        HOLDER.maintenance = MaintenanceFixtures.maintenance(HOLDER.records, CALENDARS.calendar(), 3,
                ENGINE_CLOCK);
        MaintenanceFixtures.Records r = HOLDER.records;
        r.entry(1001, "aa".repeat(32), LocalDate.of(2026, 12, 29), null);
        r.entry(1002, "bb".repeat(32), LocalDate.of(2026, 12, 30), null);
        r.entry(1003, "cc".repeat(32), null, LocalDate.of(2026, 12, 24));
        r.entry(1004, "dd".repeat(32), LocalDate.of(2026, 12, 22), null);
        r.entry(1005, "ee".repeat(32), null, null);
        r.entry(1006, null, LocalDate.of(2026, 12, 23), null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** The daily timer fires at 06:00 UK time on {@code day}; the run goes on to its tasks. */
    private void dailyRunOn(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(6, 0)).atZone(WorkingDayCalendar.UK).toInstant()));
        Job timer = extension.getManagementService().createJobQuery().processDefinitionKey("cpl-maintenance")
                .timers().singleResult();
        assertThat(timer).as("the daily start timer").isNotNull();
        extension.getManagementService().executeJob(timer.getId());
        for (Job job : extension.getManagementService().createJobQuery().processDefinitionKey("cpl-maintenance")
                .messages().list()) {
            extension.getManagementService().executeJob(job.getId());
        }
    }

    private List<Task> warningTasks() {
        return extension.getTaskService().createTaskQuery().processDefinitionKey("cpl-maintenance")
                .taskDefinitionKey("handleCpaWarning").orderByDueDate().asc().list();
    }

    @Test
    @Deployment(resources = "bpmn/cpl-maintenance.bpmn")
    void warnsWithinThreeWorkingDaysAcrossChristmasAndExpiresOnTheDate() {
        dailyRunOn(LocalDate.of(2026, 12, 22));

        // Tue 22/12 + 3 Working Days: 23, 24, (25 Christmas, 26-27 weekend, 28 Boxing Day substitute) 29.
        assertThat(HOLDER.records.warnings()).extracting(w -> w.deviceModelId() + " " + w.cpaDate() + " "
                + (w.renewal() ? "renewal" : "expiry")).containsExactly("1001 2026-12-29 expiry",
                        "1003 2026-12-24 renewal");
        List<Task> tasks = warningTasks();
        assertThat(tasks).hasSize(2);
        assertThat(tasks).allSatisfy(t -> assertThat(extension.getTaskService().getIdentityLinksForTask(t.getId()))
                .anyMatch(l -> "secas".equals(l.getGroupId())));
        assertThat(tasks.get(0).getDescription()).contains("CPL entry 1003", "due for renewal on 24/12/2026");
        assertThat(tasks.get(1).getDescription()).contains("CPL entry 1001", "expires on 29/12/2026");
        assertThat(tasks.get(1).getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 12, 29)
                .atStartOfDay(WorkingDayCalendar.UK).toInstant()));
        // The expiry date has come for 1004 (today): CPA_EXPIRED, never warned; 1006 has no Hash (removed), untouched.
        assertThat(HOLDER.records.status(1004)).isEqualTo(CplEntry.Status.CPA_EXPIRED);
        assertThat(HOLDER.records.history(1004)).singleElement().satisfies(c -> {
            assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 12, 22));
            assertThat(c.actorRole()).isEqualTo(EntryStatusChange.ActorRole.SYSTEM);
            assertThat(c.reason()).contains("CPA certificate CPA-1004 expired on 22/12/2026");
        });
        assertThat(HOLDER.records.status(1001)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
        assertThat(HOLDER.records.status(1006)).isEqualTo(CplEntry.Status.REMOVED);
        assertThat(HOLDER.records.history(1006)).isEmpty();
    }

    @Test
    @Deployment(resources = "bpmn/cpl-maintenance.bpmn")
    void aSecondRunOnTheSameDayRaisesNothingNewAndEndsAtOnce() {
        dailyRunOn(LocalDate.of(2026, 12, 22));
        dailyRunOn(LocalDate.of(2026, 12, 22));

        assertThat(HOLDER.records.warnings()).hasSize(2);
        assertThat(warningTasks()).hasSize(2);
        assertThat(HOLDER.records.history(1004)).hasSize(1);
        assertThat(extension.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("cpl-maintenance").finished().count()).isEqualTo(1);
    }

    @Test
    @Deployment(resources = "bpmn/cpl-maintenance.bpmn")
    void onTheDateTheEntryBecomesCpaExpiredAndTheNextEntryIsWarned() {
        dailyRunOn(LocalDate.of(2026, 12, 22));
        dailyRunOn(LocalDate.of(2026, 12, 29));

        assertThat(HOLDER.records.status(1003)).isEqualTo(CplEntry.Status.CPA_EXPIRED);
        assertThat(HOLDER.records.history(1003)).singleElement().satisfies(c -> assertThat(c.reason())
                .contains("reached its renewal date 24/12/2026"));
        assertThat(HOLDER.records.status(1001)).isEqualTo(CplEntry.Status.CPA_EXPIRED);
        // Tue 29/12 + 3 Working Days: 30, 31, (1 January) 4/1: 1002 (30/12) is warned now, once.
        assertThat(HOLDER.records.warnings()).extracting(w -> w.deviceModelId()).containsExactly(1001L, 1003L,
                1002L);
        assertThat(HOLDER.records.status(1005)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
    }

    @Test
    @Deployment(resources = "bpmn/cpl-maintenance.bpmn")
    void secasRecordsTheActionTakenAndATaskWithoutOneStaysOpen() {
        dailyRunOn(LocalDate.of(2026, 12, 22));
        Task task = warningTasks().get(0);
        extension.getTaskService().claim(task.getId(), "secas");

        assertThatThrownBy(() -> extension.getTaskService().complete(task.getId(), Map.of("action", " ")))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class).hasMessageContaining("Say what you did");
        extension.getTaskService().complete(task.getId(), Map.of("action", "Contacted Meterworks for the renewed"
                + " certificate"));

        assertThat(HOLDER.records.actions()).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("secas");
            assertThat(a.note()).isEqualTo("Contacted Meterworks for the renewed certificate");
        });
        assertThat(warningTasks()).hasSize(1);
        assertThat(extension.getRuntimeService().getVariables(warningTasks().get(0).getProcessInstanceId()))
                .doesNotContainKey("action");
    }

    private Task warningTaskFor(long entryId) {
        return warningTasks().stream().filter(t -> t.getDescription().contains("CPL entry " + entryId + " "))
                .findFirst().orElseThrow();
    }

    @Test
    @Deployment(resources = "bpmn/cpl-maintenance.bpmn")
    void aRenewedEntryIsNeitherWarnedNorExpiredOnTheOldDateButIsOnTheNewOne() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 12, 21).atTime(LocalTime.NOON)
                .atZone(WorkingDayCalendar.UK).toInstant()));
        HOLDER.maintenance.renew(1001, "secas", "CPA-1001-R", LocalDate.of(2027, 3, 5), null, null, null);

        dailyRunOn(LocalDate.of(2026, 12, 22));
        assertThat(HOLDER.records.warnings()).extracting(w -> w.deviceModelId()).as("1001's old date 29/12 is not"
                + " warned").containsExactly(1003L);
        dailyRunOn(LocalDate.of(2026, 12, 29));
        assertThat(HOLDER.records.status(1001)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
        assertThat(HOLDER.records.history(1001)).isEmpty();

        // Tue 02/03/2027 + 3 Working Days: 3, 4, 5 March, the renewed expiry date.
        dailyRunOn(LocalDate.of(2027, 3, 2));
        assertThat(HOLDER.records.warnings(1001)).singleElement().satisfies(w -> {
            assertThat(w.cpaDate()).isEqualTo(LocalDate.of(2027, 3, 5));
            assertThat(w.renewal()).isFalse();
        });
        assertThat(warningTaskFor(1001).getDescription()).contains("CPA certificate CPA-1001-R expires on"
                + " 05/03/2027");
        dailyRunOn(LocalDate.of(2027, 3, 5));
        assertThat(HOLDER.records.status(1001)).isEqualTo(CplEntry.Status.CPA_EXPIRED);
        assertThat(HOLDER.records.history(1001)).singleElement().satisfies(c -> {
            assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 5));
            assertThat(c.reason()).contains("CPA certificate CPA-1001-R expired on 05/03/2027");
        });
    }

    @Test
    @Deployment(resources = "bpmn/cpl-maintenance.bpmn")
    void secasRecordsTheRenewedCertificateFromTheWarningWhichCompletesIt() {
        dailyRunOn(LocalDate.of(2026, 12, 22));
        Task task = warningTaskFor(1001);
        long warningId = HOLDER.records.warnings(1001).get(0).id();
        extension.getTaskService().claim(task.getId(), "secas");

        assertThatThrownBy(() -> extension.getTaskService().complete(task.getId(), Map.of("cpaCertificate",
                "CPA-1001-R", "cpaExpiry", "2026-12-22"))).hasRootCauseInstanceOf(TaskFieldsRefused.class)
                .hasMessageContaining("is not after today");
        assertThatThrownBy(() -> extension.getTaskService().complete(task.getId(), Map.of("cpaCertificate", " ",
                "cpaExpiry", "2027-03-05"))).hasRootCauseInstanceOf(TaskFieldsRefused.class)
                .hasMessageContaining("reference");
        assertThat(HOLDER.records.renewals(1001)).isEmpty();
        extension.getTaskService().complete(task.getId(), Map.of("cpaCertificate", "CPA-1001-R", "cpaExpiry",
                "2027-03-05", "note", "Sent by Meterworks"));

        assertThat(HOLDER.records.renewals(1001)).singleElement().satisfies(r -> {
            assertThat(r.certificate().reference()).isEqualTo("CPA-1001-R");
            assertThat(r.certificate().expiry()).isEqualTo(LocalDate.of(2027, 3, 5));
            assertThat(r.actor()).isEqualTo("secas");
            assertThat(r.warningId()).contains(warningId);
        });
        assertThat(HOLDER.records.actions(warningId)).singleElement().satisfies(a -> assertThat(a.note())
                .startsWith("Recorded the renewed certificate: CPA certificate CPA-1001-R renewed"));
        assertThat(warningTasks()).extracting(Task::getId).doesNotContain(task.getId());
        assertThat(extension.getRuntimeService().getVariables(warningTasks().get(0).getProcessInstanceId()))
                .doesNotContainKeys("cpaCertificate", "cpaExpiry", "note");
        dailyRunOn(LocalDate.of(2026, 12, 29));
        assertThat(HOLDER.records.status(1001)).isEqualTo(CplEntry.Status.HASH_ASSOCIATED);
    }
}
