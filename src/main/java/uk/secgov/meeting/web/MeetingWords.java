package uk.secgov.meeting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import uk.secgov.meeting.CastVote;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.RoundOutcome;
import uk.secgov.meeting.VoteOutcome;
import uk.secgov.platform.time.UkFormat;

/** How the meeting pages say things ({@code #{meetingWords...}}): days in words, terms, results, subject links. */
@Named
@ApplicationScoped
public class MeetingWords {

    /** {@code Tuesday 12 May 2026 at 10:00}. */
    public String when(Meeting m) {
        return UkFormat.DAY_IN_WORDS.format(m.date()) + " at " + time(m.startsAt());
    }

    public String day(LocalDate date) {
        return date == null ? "" : UkFormat.WORDS.format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** {@code from 1 January 2025, open} or {@code from 1 January 2025 to 31 March 2026}; struck says so. */
    public String term(Membership m) {
        String term = "From " + day(m.termFrom()) + m.termTo().map(t -> " to " + day(t)).orElse(", no end date");
        return m.struck() ? term + " (struck out: recorded in error)" : term;
    }

    /** A closed round's result in words, capitalised: {@code Approved}, {@code Not quorate}. */
    public String result(RoundOutcome o) {
        return capitalised(o.result().label());
    }

    public String result(VoteOutcome o) {
        return capitalised(o.result().label());
    }

    /** The rule version as a round or an outcome names it: {@code Change Board rule, version 1}. */
    public String rule(String bodyName, int version) {
        return bodyName + " rule, version " + version;
    }

    /** The working, one sentence a line. */
    public String[] working(RoundOutcome o) {
        return o.working().split("; ");
    }

    public String vote(Optional<CastVote> vote) {
        return vote.map(v -> v.choice().label() + (v.change() > 1 ? " (changed " + (v.change() - 1)
                + (v.change() == 2 ? " time)" : " times)") : "")).orElse("No vote yet");
    }

    public String source(CastVote v) {
        return v.source() == CastVote.Source.MEMBER ? "by the member" : "recorded by SECAS at the meeting";
    }

    /**
     * The page of a subject reference: a modification's case page ({@code MP168}, {@code DP12}) or a CPL submission's,
     * or nothing when the reference is neither.
     */
    public String subjectPage(String reference) {
        if (reference == null) {
            return null;
        }
        if (reference.matches("(?i)(SECMP|DP|MP)\\d{1,4}")) {
            return "/modifications/case.xhtml?ref=" + reference;
        }
        if (reference.matches("(?i)CPL-\\d{4}-\\d{6}")) {
            return "/cpl/submission.xhtml?reference=" + reference;
        }
        return null;
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
