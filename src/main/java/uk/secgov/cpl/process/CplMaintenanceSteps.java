package uk.secgov.cpl.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.cpl.CplMaintenance;

/**
 * The service tasks and expressions of {@code cpl-maintenance}. "Today" is the engine's clock ({@code now()}) as a
 * UK date, so process tests move it. The warnings raised travel as text ("4,9"): the engine stores no Java objects.
 */
@Named("cplMaintenanceSteps")
@ApplicationScoped
public class CplMaintenanceSteps {

    @Inject
    CplMaintenance maintenance;

    public CplMaintenanceSteps() {
    }

    CplMaintenanceSteps(CplMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    static LocalDate ukDay(Date now) {
        return now.toInstant().atZone(WorkingDayCalendar.UK).toLocalDate();
    }

    /** How many entries became CPA_EXPIRED. */
    public int expire(Date now) {
        return maintenance.expire(ukDay(now)).size();
    }

    /** The ids of the warnings raised, comma-separated. */
    public String raiseWarnings(Date now) {
        return maintenance.raiseWarnings(ukDay(now)).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** One SECAS task per warning raised. */
    public List<Long> ids(String warningIds) {
        return warningIds == null || warningIds.isBlank() ? List.of()
                : Arrays.stream(warningIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    public String describe(Object warningId) {
        return maintenance.warning(((Number) warningId).longValue()).summary();
    }

    /** The task is due on the CPA date (the start of that day, UK time). */
    public Date cpaDate(Object warningId) {
        return Date.from(maintenance.warning(((Number) warningId).longValue()).warning().cpaDate()
                .atStartOfDay(WorkingDayCalendar.UK).toInstant());
    }
}
