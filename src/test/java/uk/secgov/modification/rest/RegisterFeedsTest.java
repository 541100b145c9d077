package uk.secgov.modification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.modification.ModificationFixtures.panelVotes;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ModificationFixtures;
import uk.secgov.modification.Vote;

/** The register's feeds: iCalendar key dates (RFC 5545 lines, escaping, folding) and Atom updates. */
class RegisterFeedsTest {

    private final ModificationFixtures f = new ModificationFixtures();

    @Test
    void upcomingKeyDatesAreCalendarEventsAtTheirUtcTimeWithTheirExplanation() {
        Modification mp = f.fastTrack(null, "Typos, commas; and more", LocalDate.of(2019, 9, 30));
        f.decisions.fastTrackDecision(mp.reference().toString(), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE),
                "secas");

        String ics = RegisterFeeds.calendar(f.register.upcomingKeyDates(Instant.parse("2019-10-31T00:00:00Z"), 10),
                "https://sec.example/modifications/case.xhtml?ref=", ModificationFixtures.NOW);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART:20191101T170000Z\r\n", "SUMMARY:MP001: Fast-Track objection window ends\r\n",
                "DTSTART:20191104T000000Z\r\n");
        assertThat(ics.replace("\r\n ", "")).contains("DESCRIPTION:Typos\\, commas\\; and more. 15 Working Days after");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(RegisterFeeds.calendar(f.register.upcomingKeyDates(Instant.parse("2019-11-05T00:00:00Z"), 10), "x",
                ModificationFixtures.NOW)).doesNotContain("VEVENT");
    }

    @Test
    void updatesAreAtomEntriesNewestFirstWithTheirTextEscaped() {
        Modification mp = f.fastTrack(null, "A <b>bold</b> & brave change", LocalDate.of(2019, 9, 30));
        f.interruptions.recordUpdate(mp.reference().toString(), "Papers <published> & circulated",
                LocalDate.of(2019, 10, 1), "secas");

        String atom = RegisterFeeds.atom(f.register.latestUpdates(10), "https://sec.example/feed", "https://sec.example/c?ref=",
                ModificationFixtures.NOW);

        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<title>MP001: Update</title>", "2019-10-01: Papers &lt;published&gt; &amp; circulated",
                "<link href=\"https://sec.example/c?ref=MP001\"/>");
        assertThat(atom.indexOf("MP001: Update")).isLessThan(atom.indexOf("MP001: Fast-Track Modification Proposal raised"));
    }
}
