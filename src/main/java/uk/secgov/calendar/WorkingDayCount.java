package uk.secgov.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The answer to "N Working Days after this date", with every day the count passed over and why. */
public record WorkingDayCount(LocalDate anchor, WorkingDays added, LocalDate result, List<SkippedDay> skipped) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);

    public WorkingDayCount {
        skipped = List.copyOf(skipped);
    }

    /** In words, for a case worker or a caller of the API. */
    public String explanation() {
        if (added.count() == 0) {
            return "No Working Days added: the date stays " + DAY.format(anchor) + ".";
        }
        String text = added + " after " + DAY.format(anchor) + " (counting from the Working Day after it) is "
                + DAY.format(result) + ".";
        if (skipped.isEmpty()) {
            return text + " No day was skipped.";
        }
        return text + " Not counted: " + skipped.stream().map(s -> DAY.format(s.date()) + " (" + s.reason() + ")")
                .collect(Collectors.joining(", ")) + ".";
    }
}
