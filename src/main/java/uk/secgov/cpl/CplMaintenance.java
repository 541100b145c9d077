package uk.secgov.cpl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDays;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.security.Caller;
import uk.secgov.platform.security.Callers;
import uk.secgov.platform.time.UkFormat;

/**
 * Keeping the CPL current (Appendix Z; domain §2 "Nothing is ever altered"): the daily check of CPA certificates
 * (a warning for SECAS, once, when an entry's current CPA expiry or renewal date falls within the configured number
 * of Working Days; the status CPA_EXPIRED on that date), the renewed CPA certificates SECAS records (a CPA-expired
 * entry is listed again) and the removal of an entry by Panel decision. Every change is a new record; the entry,
 * its Hash history, its earlier statuses and its earlier CPA certificates stay on the CPL.
 */
@ApplicationScoped
@Transactional
public class CplMaintenance implements ClosedEntries {

    /** The system property, then environment variable, that sets the warning window; 20 Working Days unless set. */
    public static final String WARNING_PROPERTY = "secgov.cpl.cpaWarningWorkingDays";
    public static final String WARNING_VARIABLE = "SECGOV_CPL_CPA_WARNING_WORKING_DAYS";
    public static final int DEFAULT_WARNING_WORKING_DAYS = 20;
    public static final String SYSTEM = "system";


    /**
     * A raised warning with what SECAS needs to act on it: the entry's current CPA certificate and the renewals
     * recorded since the warning was raised.
     */
    public record WarningDetail(CpaWarning warning, DeviceModel model, List<CpaWarningAction> actions,
            CpaCertificate certificate, List<CpaRenewal> renewedSince) {

        public String summary() {
            return "CPL entry " + model.id() + " (" + model.deviceType() + " " + model.manufacturerName() + " "
                    + model.modelName() + ", firmware " + model.firmwareVersion() + "): CPA certificate "
                    + (certificate.reference() == null ? "(no reference)" : certificate.reference())
                    + (warning.renewal() ? " is due for renewal on " : " expires on ") + UkFormat.DATE.format(warning.cpaDate())
                    + ". Without a renewed certificate the entry becomes CPA_EXPIRED on that date.";
        }

        /** Whether a renewed certificate has been recorded since the warning was raised. */
        public boolean renewed() {
            return !renewedSince.isEmpty();
        }
    }

    /** A recorded renewal, and the status record that listed the entry again if it was CPA_EXPIRED. */
    public record RenewalRecorded(CpaRenewal renewal, Optional<EntryStatusChange> listedAgain) {
    }

    @Inject
    EntryStatuses statuses;

    @Inject
    CplRegister register;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

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
    @Allowed(Allowed.ANYONE)
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

    /** The CPA certificate in force for each of these models: the newest renewal, else the one listed. */
    private Map<Long, CpaCertificate> currentCertificates(List<DeviceModel> models) {
        Map<Long, CpaRenewal> renewals = statuses.currentRenewals(models.stream().map(DeviceModel::id).toList());
        Map<Long, CpaCertificate> current = new LinkedHashMap<>();
        models.forEach(m -> current.put(m.id(), Optional.ofNullable(renewals.get(m.id()))
                .map(CpaRenewal::certificate).orElseGet(m::listedCpa)));
        return current;
    }

    /** The entry's current CPA certificate: its newest renewal, else the one it was listed with. */
    @Allowed(Allowed.ANYONE)
    public CpaCertificate currentCertificate(DeviceModel m) {
        return statuses.currentRenewal(m.id()).map(CpaRenewal::certificate).orElseGet(m::listedCpa);
    }

    /**
     * Entries whose current CPA date is {@code today} or earlier become CPA_EXPIRED (once); their CPL Entry IDs. A
     * renewed certificate's date replaces the one before: the old date no longer expires anything.
     */
    @Allowed(Allowed.SYSTEM)
    public List<Long> expire(LocalDate today) {
        Instant now = clock.instant();
        List<Long> expired = new ArrayList<>();
        List<DeviceModel> due = statuses.listedWithCpaDateUpTo(today);
        Map<Long, CpaCertificate> certificates = currentCertificates(due);
        for (DeviceModel m : due) {
            CpaCertificate certificate = certificates.get(m.id());
            LocalDate date = certificate.date().orElseThrow();
            statuses.add(EntryStatusChange.following(statuses.current(m.id()), m.id(), CplEntry.Status.CPA_EXPIRED,
                    now, date, SYSTEM, EntryStatusChange.ActorRole.SYSTEM, null, certificate.named()
                            + (certificate.dateIsRenewal() ? " reached its renewal date " : " expired on ")
                            + UkFormat.DATE.format(date) + " and no renewed certificate was submitted."));
            expired.add(m.id());
        }
        return expired;
    }

    /**
     * A warning for each listed entry whose CPA date falls after {@code today} and within the warning window of
     * Working Days, unless one was already raised for that entry and date; the new warnings' ids.
     */
    @Allowed(Allowed.SYSTEM)
    public List<Long> raiseWarnings(LocalDate today) {
        int days = warningWorkingDays();
        LocalDate upTo = calendar.add(today, WorkingDays.of(days)).result();
        Instant now = clock.instant();
        List<Long> raised = new ArrayList<>();
        List<DeviceModel> due = statuses.listedWithCpaDateUpTo(upTo);
        Map<Long, CpaCertificate> certificates = currentCertificates(due);
        for (DeviceModel m : due) {
            CpaCertificate certificate = certificates.get(m.id());
            LocalDate date = certificate.date().orElseThrow();
            if (!date.isAfter(today) || statuses.warning(m.id(), date).isPresent()) {
                continue;
            }
            raised.add(statuses.add(CpaWarning.raised(m.id(), date, certificate.dateIsRenewal(), days, now)).id());
        }
        return raised;
    }

    @Allowed("secas")
    public WarningDetail warning(long warningId) {
        CpaWarning w = statuses.warning(warningId).orElseThrow(() -> new InvalidCplRequest("warningId",
                "There is no CPA warning " + warningId + "."));
        DeviceModel m = register.model(w.deviceModelId()).orElseThrow(() -> new UnknownEntry(w.deviceModelId()));
        List<CpaRenewal> renewals = statuses.renewals(m.id());
        return new WarningDetail(w, m, statuses.actions(warningId), renewals.isEmpty() ? m.listedCpa()
                : renewals.get(renewals.size() - 1).certificate(), renewals.stream().filter(r -> !r.at()
                        .isBefore(w.raisedAt())).toList());
    }

    /** SECAS records what it did about the warning (e.g. contacted the manufacturer). */
    @Allowed("secas")
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
    @Allowed({"secas", "panel"})
    public EntryStatusChange remove(long entryId, String actor, EntryStatusChange.ActorRole role,
            LocalDate meetingDate, String reason) {
        requireActingAs(actor, role);
        DeviceModel m = register.model(entryId).orElseThrow(() -> new UnknownEntry(entryId));
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
        if (isRemoved(entryId, current)) {
            throw new EntryChangeRefused("CPL entry " + entryId + " is already removed from the CPL"
                    + removalDetail(current) + ".");
        }
        return statuses.add(EntryStatusChange.following(current, m.id(), CplEntry.Status.REMOVED, clock.instant(),
                today, actor, role, meetingDate, reason.strip()));
    }

    /**
     * The removal is recorded as the caller's own, in a role they hold: SECAS cannot record it as the Panel's, nor
     * anyone under another person's name. (Unit tests build this service without callers.)
     */
    private void requireActingAs(String actor, EntryStatusChange.ActorRole role) {
        Caller caller = callers == null ? Caller.SYSTEM : callers.current();
        if (caller.system()) {
            return;
        }
        String needed = role == EntryStatusChange.ActorRole.PANEL ? "panel" : "secas";
        if (!caller.signedIn() || !caller.username().equals(actor) || !caller.has(needed)) {
            throw Callers.refusal(caller, "remove an entry from the CPL");
        }
    }

    /** Removed by Panel decision, or imported as removed (no current Hash and no status record). */
    private boolean isRemoved(long entryId, Optional<EntryStatusChange> current) {
        return current.map(c -> c.status() == CplEntry.Status.REMOVED).orElseGet(() -> register.current(entryId)
                .flatMap(HashAssociation::imageHash).isEmpty());
    }

    private static String removalDetail(Optional<EntryStatusChange> current) {
        return current.map(c -> " (" + UkFormat.DATE.format(c.effectiveDate()) + ": " + c.reason() + ")").orElse("");
    }

    /** A date given as yyyy-mm-dd (none when blank); anything else is refused naming the field. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException bad) {
            throw new InvalidCplRequest(field, "Give " + field + " as a date yyyy-mm-dd, not \"" + value.strip()
                    + "\".");
        }
    }

    /**
     * SECAS records the renewed CPA certificate of an entry (from a CPA warning, {@code warningId}, or not): a new
     * step of the entry's CPA certificate chain, which the daily check uses from now on. A CPA-expired entry is listed
     * again by a new status record with the renewal as its reason; a removed entry cannot be renewed. The new
     * expiry or renewal date (at least one) must be after today.
     */
    @Allowed("secas")
    public RenewalRecorded renew(long entryId, String actor, String reference, LocalDate expiry, LocalDate renewal,
            String note, Long warningId) {
        DeviceModel m = register.model(entryId).orElseThrow(() -> new UnknownEntry(entryId));
        if (reference == null || reference.isBlank()) {
            throw new InvalidCplRequest("cpaCertificate", "Give the reference of the renewed CPA certificate.");
        }
        if (reference.strip().length() > 200) {
            throw new InvalidCplRequest("cpaCertificate", "The CPA certificate reference is at most 200 characters.");
        }
        if (expiry == null && renewal == null) {
            throw new InvalidCplRequest("cpaExpiry", "Give the renewed certificate's expiry date (cpaExpiry) or"
                    + " renewal date (cpaRenewal).");
        }
        LocalDate today = clock.instant().atZone(WorkingDayCalendar.UK).toLocalDate();
        if (expiry != null && !expiry.isAfter(today)) {
            throw new InvalidCplRequest("cpaExpiry", "The renewed certificate's expiry date " + UkFormat.DATE.format(expiry)
                    + " is not after today (" + UkFormat.DATE.format(today) + ").");
        }
        if (renewal != null && !renewal.isAfter(today)) {
            throw new InvalidCplRequest("cpaRenewal", "The renewed certificate's renewal date " + UkFormat.DATE.format(renewal)
                    + " is not after today (" + UkFormat.DATE.format(today) + ").");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 4000) {
            throw new InvalidCplRequest("note", "Write at most 4000 characters.");
        }
        if (warningId != null && statuses.warning(warningId).filter(w -> w.deviceModelId() == entryId).isEmpty()) {
            throw new InvalidCplRequest("warningId", "There is no CPA warning " + warningId + " for CPL entry "
                    + entryId + ".");
        }
        Optional<EntryStatusChange> current = statuses.current(entryId);
        if (isRemoved(entryId, current)) {
            throw new EntryChangeRefused("CPL entry " + entryId + " is removed from the CPL" + removalDetail(current)
                    + "; a removed entry's CPA certificate cannot be renewed. A Device Model the Panel has removed can"
                    + " only return by a new Panel decision.");
        }
        Instant now = clock.instant();
        CpaCertificate certificate = new CpaCertificate(reference.strip(), expiry, renewal);
        CpaRenewal recorded = statuses.add(CpaRenewal.following(statuses.currentRenewal(entryId), entryId, certificate,
                now, actor, text, warningId));
        String renewed = certificate.named() + " renewed (" + describe(certificate) + ")";
        Optional<EntryStatusChange> listedAgain = Optional.empty();
        if (current.map(c -> c.status() == CplEntry.Status.CPA_EXPIRED).orElse(false)) {
            listedAgain = Optional.of(statuses.add(EntryStatusChange.following(current, m.id(),
                    CplEntry.Status.HASH_ASSOCIATED, now, today, actor, EntryStatusChange.ActorRole.SECAS, null,
                    renewed + ": listed again.")));
        }
        if (warningId != null) {
            statuses.add(CpaWarningAction.of(warningId, now, actor, "Recorded the renewed certificate: " + renewed
                    + (text == null ? "." : ". " + text)));
        }
        return new RenewalRecorded(recorded, listedAgain);
    }

    /** "expires 31/12/2028", "renewal 30/06/2028", or both. */
    public static String describe(CpaCertificate c) {
        List<String> parts = new ArrayList<>();
        if (c.expiry() != null) {
            parts.add("expires " + UkFormat.DATE.format(c.expiry()));
        }
        if (c.renewal() != null) {
            parts.add("renewal " + UkFormat.DATE.format(c.renewal()));
        }
        return String.join(", ", parts);
    }

    /** Why a new submission for this Device Model is refused: it is removed or its CPA certificate expired. */
    @Override
    @Allowed(Allowed.ANYONE)
    public Optional<String> refusalForNewHash(long entryId) {
        return statuses.current(entryId).filter(c -> c.status() != CplEntry.Status.HASH_ASSOCIATED)
                .map(c -> c.status() == CplEntry.Status.REMOVED
                ? "CPL entry " + entryId + " was removed from the CPL by Panel decision on " + UkFormat.DATE.format(c
                        .effectiveDate()) + " (" + c.reason() + "); no Hash can be associated with it. A Device Model"
                        + " the Panel has removed can only return by a new Panel decision."
                : "The CPA certificate of CPL entry " + entryId + " has expired (" + UkFormat.DATE.format(c.effectiveDate())
                        + "); no Hash can be associated with it until a renewed CPA certificate is recorded.");
    }
}
