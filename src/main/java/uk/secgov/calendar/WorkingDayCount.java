package uk.secgov.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.platform.time.UkFormat;

/** The answer to "N Working Days after this date", with every day the count passed over and why. */
public record WorkingDayCount(LocalDate anchor, WorkingDays added, LocalDate result, List<SkippedDay> skipped) {


    public WorkingDayCount {
        skipped = List.copyOf(skipped);
    }

    /** In words, for a case worker or a caller of the API. */
    public String explanation() {
        if (added.count() == 0) {
            return "No Working Days added: the date stays " + UkFormat.SHORT_DAY.format(anchor) + ".";
        }
        String text = added + " after " + UkFormat.SHORT_DAY.format(anchor) + " (counting from the Working Day after it) is "
                + UkFormat.SHORT_DAY.format(result) + ".";
        if (skipped.isEmpty()) {
            return text + " No day was skipped.";
        }
        return text + " Not counted: " + skipped.stream().map(s -> UkFormat.SHORT_DAY.format(s.date()) + " (" + s.reason() + ")")
                .collect(Collectors.joining(", ")) + ".";
    }
}
