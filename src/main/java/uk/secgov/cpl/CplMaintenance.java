package uk.secgov.cpl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDays;

/**
 * Keeping the CPL current (Appendix Z; domain §2 "Nothing is ever altered"): the daily check of CPA certificates
 * (a warning for SECAS, once, when an entry's CPA expiry or renewal date falls within the configured number of
 * Working Days; the status CPA_EXPIRED on that date) and the removal of an entry by Panel decision. Every change
 * is a new status record; the entry, its Hash history and its earlier statuses stay on the CPL.
 */
@ApplicationScoped
@Transactional
public class CplMaintenance {

    /** The system property, then environment variable, that sets the warning window; 20 Working Days unless set. */
    public static final String WARNING_PROPERTY = "secgov.cpl.cpaWarningWorkingDays";
    public static final String WARNING_VARIABLE = "SECGOV_CPL_CPA_WARNING_WORKING_DAYS";
    public static final int DEFAULT_WARNING_WORKING_DAYS = 20;
    public static final String SYSTEM = "system";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    /** A raised warning with what SECAS needs to act on it. */
    public record WarningDetail(CpaWarning warning, DeviceModel model, List<CpaWarningAction> actions) {

        public String summary() {
            return "CPL entry " + model.id() + " (" + model.deviceType() + " " + model.manufacturerName() + " "
                    + model.modelName() + ", firmware " + model.firmwareVersion() + "): CPA certificate "
                    + (model.cpaCertificate() == null ? "(no reference)" : model.cpaCertificate())
                    + (warning.renewal() ? " is due for renewal on " : " expires on ") + DAY.format(warning.cpaDate())
                    + ". Without a renewed certificate the entry becomes CPA_EXPIRED on that date.";
        }
    }

    @Inject
    EntryStatuses statuses;

    @Inject
    CplRegister register;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    private Integer workingDays;

    public CplMaintenance() {
    }

    CplMaintenance(EntryStatuses statuses, CplRegister register, WorkingDayCalendar calendar, Clock clock,
            int workingDays) {
        this.statuses = statuses;
        this.register = register;
        this.calendar = calendar;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    /** How many Working Days ahead SECAS is warned (1 to 250). */
    public int warningWorkingDays() {
        if (workingDays == null) {
            String value = System.getProperty(WARNING_PROPERTY, System.getenv(WARNING_VARIABLE));
            int days = value == null || value.isBlank() ? DEFAULT_WARNING_WORKING_DAYS : Integer.parseInt(value.strip());
            if (days < 1 || days > 250) {
                throw new IllegalArgumentException(WARNING_VARIABLE + " is 1 to 250 Working Days, not " + days);
            }
            workingDays = days;
        }
        return workingDays;
    }

    /** The CPA date that matters: the earlier of the expiry and renewal dates (only one is usually given). */
    static Optional<LocalDate> cpaDate(DeviceModel m) {
        if (m.cpaExpiry() != null && m.cpaRenewal() != null) {
            return Optional.of(m.cpaExpiry().isBefore(m.cpaRenewal()) ? m.cpaExpiry() : m.cpaRenewal());
        }
        return Optional.ofNullable(m.cpaExpiry() != null ? m.cpaExpiry() : m.cpaRenewal());
    }

    private static boolean isRenewal(DeviceModel m, LocalDate date) {
        return !date.equals(m.cpaExpiry());
    }

    /** Entries whose CPA date is {@code today} or earlier become CPA_EXPIRED (once); their CPL Entry IDs. */
    public List<Long> expire(LocalDate today) {
        Instant now = clock.instant();
        List<Long> expired = new ArrayList<>();
        for (DeviceModel m : statuses.listedWithCpaDateUpTo(today)) {
            LocalDate date = cpaDate(m).orElseThrow();
            String certificate = m.cpaCertificate() == null ? "The CPA certificate" : "CPA certificate "
                    + m.cpaCertificate();
            statuses.add(EntryStatusChange.following(statuses.current(m.id()), m.id(), CplEntry.Status.CPA_EXPIRED,
                    now, date, SYSTEM, EntryStatusChange.ActorRole.SYSTEM, null, certificate
                            + (isRenewal(m, date) ? " reached its renewal date " : " expired on ") + DAY.format(date)
                            + " and no renewed certificate was submitted."));
            expired.add(m.id());
        }
        return expired;
    }

    /**
     * A warning for each listed entry whose CPA date falls after {@code today} and within the warning window of
     * Working Days, unless one was already raised for that entry and date; the new warnings' ids.
     */
    public List<Long> raiseWarnings(LocalDate today) {
        int days = warningWorkingDays();
        LocalDate upTo = calendar.add(today, WorkingDays.of(days)).result();
        Instant now = clock.instant();
        List<Long> raised = new ArrayList<>();
        for (DeviceModel m : statuses.listedWithCpaDateUpTo(upTo)) {
            LocalDate date = cpaDate(m).orElseThrow();
            if (!date.isAfter(today) || statuses.warning(m.id(), date).isPresent()) {
                continue;
            }
            raised.add(statuses.add(CpaWarning.raised(m.id(), date, isRenewal(m, date), days, now)).id());
        }
        return raised;
    }

    public WarningDetail warning(long warningId) {
        CpaWarning w = statuses.warning(warningId).orElseThrow(() -> new InvalidCplRequest("warningId",
                "There is no CPA warning " + warningId + "."));
        DeviceModel m = register.model(w.deviceModelId()).orElseThrow(() -> new EntryNotFound(w.deviceModelId()));
        return new WarningDetail(w, m, statuses.actions(warningId));
    }

    /** SECAS records what it did about the warning (e.g. contacted the manufacturer). */
    public CpaWarningAction noteAction(long warningId, String actor, String note) {
        warning(warningId);
        if (note == null || note.isBlank()) {
            throw new InvalidCplRequest("action", "Say what you did about the CPA certificate (e.g. contacted the"
                    + " manufacturer).");
        }
        if (note.strip().length() > 4000) {
            throw new InvalidCplRequest("action", "Write at most 4000 characters.");
        }
        return statuses.add(CpaWarningAction.of(warningId, clock.instant(), actor, note.strip()));
    }

    /**
     * The Panel's decision to remove the entry from the CPL, recorded by a Panel member or by SECAS (who must give
     * the meeting date). The entry stays on the CPL as REMOVED with this decision and its whole history.
     */
    public EntryStatusChange remove(long entryId, String actor, EntryStatusChange.ActorRole role,
            LocalDate meetingDate, String reason) {
        DeviceModel m = register.model(entryId).orElseThrow(() -> new EntryNotFound(entryId));
        if (reason == null || reason.isBlank()) {
            throw new InvalidCplRequest("reason", "Give the reason for removing the entry from the CPL.");
        }
        if (reason.strip().length() > 4000) {
            throw new InvalidCplRequest("reason", "Write at most 4000 characters.");
        }
        LocalDate today = clock.instant().atZone(WorkingDayCalendar.UK).toLocalDate();
        if (role == EntryStatusChange.ActorRole.SECAS && meetingDate == null) {
            throw new InvalidCplRequest("meetingDate", "Give the date of the Panel meeting that decided the removal.");
        }
        if (role == EntryStatusChange.ActorRole.SYSTEM) {
            throw new IllegalArgumentException("Only the Panel or SECAS removes an entry");
        }
        if (meetingDate != null && meetingDate.isAfter(today)) {
            throw new InvalidCplRequest("meetingDate", "The Panel meeting date cannot be in the future.");
        }
        Optional<EntryStatusChange> current = statuses.current(entryId);
        boolean removed = current.map(c -> c.status() == CplEntry.Status.REMOVED).orElseGet(() -> register
                .current(entryId).flatMap(HashAssociation::imageHash).isEmpty());
        if (removed) {
            throw new EntryChangeRefused("CPL entry " + entryId + " is already removed from the CPL"
                    + current.map(c -> " (" + DAY.format(c.effectiveDate()) + ": " + c.reason() + ")").orElse("")
                    + ".");
        }
        return statuses.add(EntryStatusChange.following(current, m.id(), CplEntry.Status.REMOVED, clock.instant(),
                today, actor, role, meetingDate, reason.strip()));
    }

    /** Why a new submission for this Device Model is refused: it is removed or its CPA certificate expired. */
    public Optional<String> refusalForNewHash(long entryId) {
        return statuses.current(entryId).map(c -> c.status() == CplEntry.Status.REMOVED
                ? "CPL entry " + entryId + " was removed from the CPL by Panel decision on " + DAY.format(c
                        .effectiveDate()) + " (" + c.reason() + "); no Hash can be associated with it. A Device Model"
                        + " the Panel has removed can only return by a new Panel decision."
                : "The CPA certificate of CPL entry " + entryId + " has expired (" + DAY.format(c.effectiveDate())
                        + "); no Hash can be associated with it until a renewed CPA certificate is recorded.");
    }
}
