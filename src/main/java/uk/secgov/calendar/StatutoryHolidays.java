package uk.secgov.calendar;

import java.util.List;

/** The England &amp; Wales bank holidays as published, before any administrator override. */
public interface StatutoryHolidays {

    /** The bank holidays observed in that year, in date order (a substitute day replaces the weekend date). */
    List<BankHoliday> of(int year);
}
