package uk.secgov.modification;

import java.time.LocalDate;

/**
 * The checks every step of a case makes on what a person typed: a text of bounded length, and the day
 * a step happened (not in the future, not before the case was raised). Each refusal names its field,
 * so a form shows it beside the input.
 */
final class CaseInput {

    private CaseInput() {
    }

    /** {@code value} stripped, refused with {@code problem} when blank or longer than {@code max}. */
    static String text(String field, String value, int max, String problem) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidModificationRequest(field, problem + " (up to " + max + " characters)");
        }
        return value.strip();
    }

    /** The day a step of a case raised on {@code raisedOn} happened: today or earlier, not before it was raised. */
    static LocalDate dated(LocalDate on, LocalDate raisedOn, Modification.Actor actor) {
        LocalDate day = pastOrToday("date", on, actor);
        if (day.isBefore(raisedOn)) {
            throw new InvalidModificationRequest("date", "The date " + TimelineWording.day(day)
                    + " is before the case was raised (" + TimelineWording.day(raisedOn) + ").");
        }
        return day;
    }

    /** A day given, today or earlier, and not before the SEC existed. */
    static LocalDate pastOrToday(String field, LocalDate on, Modification.Actor actor) {
        if (on == null) {
            throw new InvalidModificationRequest(field, "Give the date it happened on (YYYY-MM-DD).");
        }
        if (on.isAfter(actor.today())) {
            throw new InvalidModificationRequest(field, "The date " + TimelineWording.day(on) + " is in the future: record a"
                    + " meeting or event on the day or after.");
        }
        if (on.getYear() < 2000) {
            throw new InvalidModificationRequest(field, "The date " + on + " is before the SEC existed.");
        }
        return on;
    }
}
