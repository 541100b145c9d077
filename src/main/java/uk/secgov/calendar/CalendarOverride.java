package uk.secgov.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated, attributed change an administrator made to the Working Day calendar: a proclaimed
 * holiday added, a Jollyday holiday removed, or an earlier override cancelled. Never edited or
 * deleted (there are no setters, and no update path in the application); a mistake is corrected by
 * a cancellation, which is a new record pointing at the one it cancels.
 */
@Entity
@Table(name = "calendar_override")
public class CalendarOverride {

    /** What the override does. */
    public enum Kind {
        ADD_HOLIDAY("Holiday added"),
        REMOVE_HOLIDAY("Holiday removed"),
        CANCELLATION("Override cancelled");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final int NAME_MAX = 200;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** The day the override is about (for a cancellation, the day of the override it cancels). */
    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    /** The holiday's name (added holidays only). */
    @Column(length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "cancels_id")
    private Long cancels;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected CalendarOverride() {
    }

    private CalendarOverride(Kind kind, LocalDate date, String name, String reason, Long cancels, String by,
            Instant now) {
        this.kind = kind;
        this.date = date;
        this.name = name;
        this.reason = reason;
        this.cancels = cancels;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    static CalendarOverride addHoliday(LocalDate date, String name, String reason, String by, Instant now) {
        String cleanName = text("name", name, NAME_MAX, "Give the holiday's name (up to " + NAME_MAX + " characters).");
        return new CalendarOverride(Kind.ADD_HOLIDAY, required(date), cleanName, reasonOf(reason), null, by, now);
    }

    static CalendarOverride removeHoliday(LocalDate date, String reason, String by, Instant now) {
        return new CalendarOverride(Kind.REMOVE_HOLIDAY, required(date), null, reasonOf(reason), null, by, now);
    }

    /** A new record that cancels this one (which stays on record, marked as cancelled by the new one). */
    CalendarOverride cancellation(String reason, String by, Instant now) {
        if (kind == Kind.CANCELLATION) {
            throw new InvalidCalendarRequest("cancels", "Override #" + id
                    + " is itself a cancellation; record a new holiday or removal instead.");
        }
        return new CalendarOverride(Kind.CANCELLATION, date, null, reasonOf(reason), id, by, now);
    }

    private static LocalDate required(LocalDate date) {
        if (date == null) {
            throw new InvalidCalendarRequest("date", "Give the date (YYYY-MM-DD).");
        }
        return date;
    }

    private static String reasonOf(String reason) {
        return text("reason", reason, REASON_MAX, "Say why the calendar changes (up to " + REASON_MAX + " characters).");
    }

    private static String text(String field, String value, int max, String problem) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidCalendarRequest(field, problem);
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public String reason() {
        return reason;
    }

    public Optional<Long> cancels() {
        return Optional.ofNullable(cancels);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
