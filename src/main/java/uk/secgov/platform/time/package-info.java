/**
 * The one vocabulary of dates and times for people: the named UK formats every feature writes dates in, the UK
 * time zone, and the one reader of a date a person types. No Faces type here; pages reach it through
 * {@code platform.web} (the {@code ukDates} bean and the date converter).
 */
package uk.secgov.platform.time;
