package uk.secgov.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.primefaces.model.LazyDataModel;
import uk.secgov.calendar.CalendarAdministration;
import uk.secgov.calendar.CalendarOverride;
import uk.secgov.calendar.CalendarYear;
import uk.secgov.calendar.InvalidCalendarRequest;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.platform.time.UkFormat;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;

/** Administrator screen: the holidays of a year with their source, the override history, adding and removing holidays. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction YEAR_FORM = PageAction.withFields(Map.of("year", "yearForm:year"));
    private static final PageAction ADD_FORM = PageAction.withFields(Map.of("addDate", "addForm:date",
            "date", "addForm:date", "name", "addForm:name", "reason", "addForm:reason"));
    private static final PageAction REMOVE_FORM = PageAction.withFields(Map.of("removeDate", "removeForm:date",
            "date", "removeForm:date", "reason", "removeForm:reason"));
    private static final PageAction HISTORY_FORM = PageAction.withFields(Map.of("reason", "historyForm:cancelReason"));

    @Inject
    transient WorkingDayCalendar calendar;

    @Inject
    transient CalendarAdministration administration;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Clock clock;

    private final LazyDataModel<CalendarOverride> history = new DatabasePaged<>(() -> administration.historyCount(),
            (first, size) -> administration.history(first, size), o -> String.valueOf(o.id()), key -> null);

    private Integer year;
    private transient CalendarYear shown;
    private String addDate;
    private String addName;
    private String addReason;
    private String removeDate;
    private String removeReason;
    private String cancelReason;

    /** The year shown (this year at first), read once per view and again after each change. */
    public CalendarYear getShown() {
        if (shown == null) {
            shown = calendar.year(getYear());
        }
        return shown;
    }

    public void showYear() {
        attempt(YEAR_FORM, () -> {
            try {
                calendar.year(getYear());
                return null;
            } catch (InvalidCalendarRequest outside) {
                year = null;
                throw outside;
            }
        });
    }

    public void addHoliday() {
        attempt(ADD_FORM, () -> {
            CalendarOverride added = administration.addHoliday(dateOf("addDate", addDate), addName, addReason, actor());
            addDate = null;
            addName = null;
            addReason = null;
            year = added.date().getYear();
            return "Holiday '" + added.name().orElse("") + "' added on " + UkFormat.DATE.format(added.date())
                    + " (override #" + added.id() + "): it is no longer a Working Day.";
        });
    }

    public void removeHoliday() {
        attempt(REMOVE_FORM, () -> {
            CalendarOverride removal = administration.removeHoliday(dateOf("removeDate", removeDate), removeReason, actor());
            removeDate = null;
            removeReason = null;
            year = removal.date().getYear();
            return UkFormat.DATE.format(removal.date()) + " is a Working Day again (override #" + removal.id() + ").";
        });
    }

    public void cancel(long overrideId) {
        attempt(HISTORY_FORM, () -> {
            CalendarOverride cancellation = administration.cancel(overrideId, cancelReason, actor());
            cancelReason = null;
            return "Override #" + overrideId + " cancelled (record #" + cancellation.id() + ").";
        });
    }

    /** A day on the screen: {@code Mon 19/09/2022}. */
    public String day(LocalDate date) {
        return date == null ? "" : UkFormat.SHORT_DAY.format(date);
    }

    /** The cancellation of an override, for the history table. */
    public Optional<CalendarOverride> cancellationOf(long overrideId) {
        return calendar.cancellationOf(overrideId);
    }

    /** Whatever happened, the year is read again: a refused change may still have moved the year shown. */
    private void attempt(PageAction form, Supplier<String> action) {
        form.report(action);
        shown = null;
    }

    /** A day as typed on the screen: the UK way (21/11/2026) or ISO (2026-11-21). */
    static LocalDate dateOf(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCalendarRequest(field, "Give the date as DD/MM/YYYY.");
        }
        String clean = text.strip();
        try {
            return UkFormat.parseDate(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarRequest(field, "'" + clean + "' is not a date: give it as DD/MM/YYYY.");
        }
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    public LazyDataModel<CalendarOverride> getHistory() {
        return history;
    }

    public int getYear() {
        if (year == null) {
            year = LocalDate.now(clock.withZone(WorkingDayCalendar.UK)).getYear();
        }
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getAddDate() {
        return addDate;
    }

    public void setAddDate(String addDate) {
        this.addDate = addDate;
    }

    public String getAddName() {
        return addName;
    }

    public void setAddName(String addName) {
        this.addName = addName;
    }

    public String getAddReason() {
        return addReason;
    }

    public void setAddReason(String addReason) {
        this.addReason = addReason;
    }

    public String getRemoveDate() {
        return removeDate;
    }

    public void setRemoveDate(String removeDate) {
        this.removeDate = removeDate;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
