package uk.secgov.calendar;

/** A number of Working Days to add: 0 to {@value #MAX}, so a mistyped figure cannot run for ever. */
public record WorkingDays(int count) {

    /** The most a caller may add at once (about four years). */
    public static final int MAX = 1000;

    public WorkingDays {
        if (count < 0) {
            throw new InvalidCalendarRequest("add", "The number of Working Days must be 0 or more, but was " + count + ".");
        }
        if (count > MAX) {
            throw new InvalidCalendarRequest("add", "The number of Working Days must be at most " + MAX + ", but was "
                    + count + ".");
        }
    }

    public static WorkingDays of(int count) {
        return new WorkingDays(count);
    }

    @Override
    public String toString() {
        return count == 1 ? "1 Working Day" : count + " Working Days";
    }
}
