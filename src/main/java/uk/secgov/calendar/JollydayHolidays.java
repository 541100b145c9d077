package uk.secgov.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * England &amp; Wales bank holidays from Jollyday: calendar {@code gb}, hierarchy {@code eng}. Jollyday
 * reports a holiday that falls on a weekend on its substitute weekday; the name says so.
 */
@ApplicationScoped
public class JollydayHolidays implements StatutoryHolidays {

    private static final String ENGLAND_AND_WALES = "eng";

    private final HolidayManager manager = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    @Override
    public List<BankHoliday> of(int year) {
        return manager.getHolidays(Year.of(year), ENGLAND_AND_WALES).stream()
                .filter(h -> h.getType() != HolidayType.OBSERVANCE)
                .filter(h -> h.getDate().getYear() == year)
                .map(JollydayHolidays::toBankHoliday)
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList();
    }

    private static BankHoliday toBankHoliday(Holiday holiday) {
        String name = holiday.getDescription(Locale.UK);
        if (!holiday.getDate().equals(holiday.getActualDate())) {
            name += " (substitute day)";
        }
        return BankHoliday.statutory(holiday.getDate(), name);
    }
}
