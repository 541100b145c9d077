package uk.secgov.modification;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.secgov.calendar.MovedDeadline;
import uk.secgov.platform.time.UkFormat;

/**
 * The sentences of a case's timeline: what each step says happened, in the register's words (the
 * public reads them on the register and in its feeds). Dates are written "30 April 2020" and closing
 * times "17:00 on Thursday 30 April 2020".
 */
final class TimelineWording {

    static final String PROBLEM_STATEMENT_AGREED = "The Change Sub-Committee agreed the problem statement; ready for"
            + " the Panel to convert.";
    static final String REFINEMENT_COMPLETED = "Refinement completed; the Modification Report is being written.";

    private TimelineWording() {
    }

    /** "30 April 2020". */
    static String day(LocalDate date) {
        return UkFormat.WORDS.format(date);
    }

    /** "17:00 on Thursday 30 April 2020". */
    static String close(ZonedDateTime time) {
        return UkFormat.CLOSING_TIME.format(time);
    }

    /** A reason given or not: " " and the reason, or nothing. */
    static String optional(String reason) {
        return reason == null || reason.isBlank() ? "" : " " + reason.strip();
    }

    static String raised(Proposer proposer) {
        return "Draft Proposal raised by " + proposer.describe() + ".";
    }

    static String raisedFastTrack(Proposer proposer) {
        return "Fast-Track Modification Proposal raised by " + proposer.describe() + ".";
    }

    static String precheckCompleted(String leadAnalyst, String comments) {
        return "Lead Analyst: " + leadAnalyst + ". " + comments;
    }

    /** {@code before} is the reference before the conversion, {@code after} the one it has now. */
    static String converted(ModificationReference before, ModificationReference after, Conversion conversion) {
        return (before.equals(after) ? "" : before + " converted to " + after + ". ") + conversion.path().label()
                + "; route: " + conversion.route().label() + "."
                + (conversion.urgent() ? " Urgent: the Authority is asked to agree the timetable." : "");
    }

    static String urgencyDecided(boolean agreed, Integer consultationWorkingDays, String reason) {
        return (agreed ? "The Authority agreed the case is urgent" + (consultationWorkingDays == null ? "."
                : "; the Modification Report Consultation runs " + consultationWorkingDays + " Working Days.")
                : "The Authority did not agree urgency: normal timetable.") + optional(reason);
    }

    static String fastTrackNotApproved(Votes votes) {
        return "The Panel did not approve the Fast-Track unanimously (" + votes.tally()
                + "): it must go down another route.";
    }

    static String fastTrackApproved(Votes votes, Deadline objectionsUntil, Deadline earliest,
            Optional<TargetRelease> target) {
        return "The Panel approved the Fast-Track unanimously (" + votes.tally() + "). Objections may be raised until "
                + close(objectionsUntil.due()) + "; earliest implementation " + day(earliest.dueDate())
                + target.map(r -> "; target: " + r.name() + ".").orElse(".");
    }

    static String objection(String party, String grounds) {
        return party + " objected to the Fast-Track: " + grounds + " It must go down another route.";
    }

    static String objectionWindowClosed(KeyDate end) {
        return "No objection by " + close(end.due()) + ": the Panel's Fast-Track approval is final.";
    }

    static String reportApproved(Deadline consultationClose, boolean urgent) {
        return "The Panel approved the Modification Report for consultation; the consultation closes at "
                + close(consultationClose.due()) + (urgent ? " (urgent timetable)." : ".");
    }

    static String consultationClosed(KeyDate close) {
        return "The Modification Report Consultation closed at " + close(close.due()) + "; the Change Board votes next.";
    }

    static String changeBoardOutcome(ChangeBoardRule.Result result) {
        String perCategory = result.perCategory().entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue().label().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
        return "Change Board " + (result.overall() == Vote.APPROVE ? "approved" : "rejected") + " (" + perCategory
                + "; rule: " + result.rule().description() + ").";
    }

    static String recommendationToAuthority(String outcome) {
        return outcome + " Its recommendation goes to the Authority.";
    }

    /** A Path 3 decision, which Parties may appeal until {@code appealUntil}; {@code earliest} if it approved. */
    static String appealable(String outcome, Deadline appealUntil, Optional<Deadline> earliest) {
        return outcome + " Parties may appeal to the Authority until " + close(appealUntil.due())
                + earliest.map(e -> "; earliest implementation " + day(e.dueDate()) + ".").orElse(".");
    }

    static String authorityApproved(Deadline earliest, String reason) {
        return "The Authority approved the modification; earliest implementation " + day(earliest.dueDate()) + "."
                + optional(reason);
    }

    static String authorityRejected(String reason) {
        return "The Authority rejected the modification." + optional(reason);
    }

    static String authoritySentBack(String reason) {
        return "The Authority sent the Modification Report back for more work; it returns to Refinement."
                + optional(reason);
    }

    static String appeal(String party, String grounds) {
        return party + " appealed to the Authority: " + grounds;
    }

    static String appealWindowClosed(KeyDate end, boolean approved) {
        return "No appeal by " + close(end.due()) + ": the Change Board's decision to " + (approved ? "approve" : "reject")
                + " is final.";
    }

    static String appealRejected(String reason) {
        return "On appeal, the Authority rejected the modification." + optional(reason);
    }

    static String appealApproved(Deadline earliest, String reason) {
        return "On appeal, the Authority approved the modification; earliest implementation " + day(earliest.dueDate())
                + "." + optional(reason);
    }

    static String scheduled(TargetRelease release) {
        return "Scheduled for the " + release.name() + " on " + day(release.date()) + ".";
    }

    /** A release chosen for an open case: {@code scheduled} if the case is scheduled; {@code from} the one it had. */
    static String releaseChosen(boolean scheduled, TargetRelease release, Optional<TargetRelease> from, String reason) {
        return (scheduled ? "Now scheduled for the " : "Target: the ") + release.name() + " on " + day(release.date())
                + from.map(r -> " (was the " + r.name() + ")").orElse("") + "." + optional(reason);
    }

    static String releaseNeeded(Optional<LocalDate> earliest) {
        return "No SEC Release is planned on or after " + earliest.map(TimelineWording::day).orElse("today")
                + ": SECAS is to choose one.";
    }

    static String releaseMoved(TargetRelease moved, LocalDate from, String reason) {
        return moved.name() + " moved from " + day(from) + " to " + day(moved.date()) + optional(reason);
    }

    static String implemented(TargetRelease release) {
        return "Implemented in the " + (release == null ? null : release.name()) + ".";
    }

    static String withdrawn(Proposer proposer, String reason, Deadline adoptionUntil) {
        return "Withdrawn by " + proposer.describe() + ": " + reason + " Another Party may adopt it until "
                + close(adoptionUntil.due()) + ".";
    }

    static String adopted(Proposer adopter) {
        return "Adopted by " + adopter.describe() + ", now its Proposer.";
    }

    static String closedWithdrawn(KeyDate end) {
        return "No Party adopted it by " + close(end.due()) + ": closed as withdrawn.";
    }

    static String putOnHold(String reason) {
        return "Put on hold: " + reason;
    }

    static String resumed(Stage stage) {
        return "Resumed at '" + stage.label() + "'.";
    }

    static String superseded(String successor, String reason) {
        return "Superseded by " + successor + "." + optional(reason);
    }

    /** A running deadline the calendar moved. */
    static String deadlineRecomputed(KeyDateKind kind, MovedDeadline move, String why, Deadline again) {
        return move.describe(kind.label(), why) + " " + again.explanation();
    }

    /** A window that stood still while the case was on hold, from {@code heldOn} to {@code resumedOn}. */
    static String deadlineHeld(CaseDeadlines.HeldWindow held, LocalDate heldOn, LocalDate resumedOn) {
        KeyDate k = held.from();
        return k.kind().label() + ": moved from " + day(k.dueDate()) + " to " + day(held.to().dueDate())
                + " because the case was on hold from " + day(heldOn) + " to " + day(resumedOn) + " ("
                + held.daysLeft() + " of its " + k.workingDays().get() + " Working Days were left). "
                + held.to().explanation();
    }
}
