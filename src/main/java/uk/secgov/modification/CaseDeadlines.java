package uk.secgov.modification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.calendar.MovedDeadline;

/**
 * A case's key dates: every computation kept, the latest of each kind in force; which of them still
 * run at a stage; whether one is due or still open; and the arithmetic that moves the running ones
 * when the calendar changes or the case comes back from a hold. It records each key date it computes
 * on the case's list (the list stays mapped on {@link Modification}); the case words the timeline.
 */
final class CaseDeadlines {

    private final Modification owner;
    private final List<KeyDate> history;

    CaseDeadlines(Modification owner, List<KeyDate> history) {
        this.owner = owner;
        this.history = history;
    }

    /** Records a computed deadline as the case's key date of its kind, now in force. */
    Deadline add(Deadline deadline, Modification.Actor actor) {
        history.add(new KeyDate(owner, deadline, actor.username(), actor.now()));
        return deadline;
    }

    /** Every key date ever computed, oldest first. */
    List<KeyDate> history() {
        return Collections.unmodifiableList(history);
    }

    /** The key dates in force: the latest computed of each kind, in kind order. */
    List<KeyDate> inForce() {
        Map<KeyDateKind, KeyDate> latest = new LinkedHashMap<>();
        history.forEach(k -> latest.put(k.kind(), k));
        return latest.values().stream().sorted(Comparator.comparing(KeyDate::kind)).toList();
    }

    Optional<KeyDate> current(KeyDateKind kind) {
        return inForce().stream().filter(k -> k.kind() == kind).findFirst();
    }

    /** The key date of {@code kind} in force, refused if the case has none or it is not yet due at {@code actor}'s now. */
    KeyDate requireDue(KeyDateKind kind, Modification.Actor actor) {
        KeyDate due = current(kind).orElseThrow(() -> new StepRefused(owner.reference() + " has no " + kind.label() + "."));
        if (actor.now().isBefore(due.dueAt())) {
            throw new StepRefused(kind.label() + " is " + TimelineWording.close(due.due()) + ": not yet.");
        }
        return due;
    }

    /** The deadlines still running for a case at {@code stage} ({@code withdrawalPending}: waiting for adoption). */
    List<KeyDate> running(Stage stage, boolean withdrawalPending) {
        List<KeyDate> open = new ArrayList<>();
        for (KeyDate k : inForce()) {
            boolean running = switch (k.kind()) {
                case ADOPTION_WINDOW_END -> withdrawalPending && stage.isOpen();
                case EARLIEST_IMPLEMENTATION -> stage == Stage.OBJECTION_WINDOW || stage == Stage.APPEAL_WINDOW
                        || stage == Stage.APPEAL || stage == Stage.APPROVED;
                default -> k.kind().runsDuring() == stage;
            };
            if (running) {
                open.add(k);
            }
        }
        return open;
    }

    /** A running deadline computed again on a changed calendar, and how it moved. */
    record Recomputed(KeyDate from, Deadline to, MovedDeadline move) {
    }

    /**
     * Computes the {@code running} deadlines again (the calendar changed) and records each that moved:
     * each Working Day count from its anchor, and an earliest implementation date from the window end
     * that moved with it (or from its own anchor). Returns those that moved.
     */
    List<Recomputed> recompute(List<KeyDate> running, Deadlines deadlines, Modification.Actor actor) {
        List<Recomputed> moved = recomputed(running, deadlines);
        moved.forEach(r -> add(r.to(), actor));
        return moved;
    }

    private static List<Recomputed> recomputed(List<KeyDate> running, Deadlines deadlines) {
        List<Recomputed> moved = new ArrayList<>();
        for (KeyDate k : running) {
            Deadline again;
            if (k.workingDays().isPresent()) {
                again = deadlines.closingAfter(k.kind(), k.anchor(), k.workingDays().get());
            } else if (k.kind() == KeyDateKind.EARLIEST_IMPLEMENTATION) {
                LocalDate windowEnd = moved.stream().map(Recomputed::to).filter(d -> isWindowEnd(d.kind()))
                        .map(Deadline::dueDate).findFirst().orElse(null);
                again = deadlines.firstWorkingDayAfter(k.kind(), windowEnd == null ? k.anchor() : windowEnd);
            } else {
                continue;
            }
            Optional<MovedDeadline> move = MovedDeadline.of(k.dueAt(), again.due());
            move.ifPresent(m -> moved.add(new Recomputed(k, again, m)));
        }
        return moved;
    }

    /**
     * A Working Day window that stood still during a hold: the key date in force, the new one, the
     * Working Days it still had, and the earliest implementation date that follows it (if one did).
     */
    record HeldWindow(KeyDate from, Deadline to, int daysLeft, Optional<Deadline> earliest) {
    }

    /**
     * Moves the {@code running} windows after a hold from {@code heldOn} to {@code resumedOn} and records
     * each new key date (a window's, then the earliest implementation date that follows it). Returns the
     * windows that moved.
     */
    List<HeldWindow> afterHold(List<KeyDate> running, LocalDate heldOn, LocalDate resumedOn, Deadlines deadlines,
            Modification.Actor actor) {
        List<HeldWindow> moved = heldWindows(running, current(KeyDateKind.EARLIEST_IMPLEMENTATION), heldOn, resumedOn,
                deadlines);
        for (HeldWindow held : moved) {
            add(held.to(), actor);
            held.earliest().ifPresent(next -> add(next, actor));
        }
        return moved;
    }

    /**
     * The {@code running} windows that stood still during a hold from {@code heldOn} to {@code resumedOn}:
     * the clock of each stopped on the day it was put on hold, and the Working Days it still had run
     * again from the day it resumes (at least one, so a window never closes on the day it resumes). An
     * earliest implementation date ({@code earliest}) that followed a moved window follows it again.
     * Only the windows that moved.
     */
    private static List<HeldWindow> heldWindows(List<KeyDate> running, Optional<KeyDate> earliest, LocalDate heldOn,
            LocalDate resumedOn, Deadlines deadlines) {
        List<HeldWindow> moved = new ArrayList<>();
        Optional<LocalDate> earliestDue = earliest.map(KeyDate::dueDate);
        for (KeyDate k : running) {
            if (!standsStillOnHold(k, heldOn)) {
                continue;
            }
            int used = deadlines.workingDaysBetween(k.anchor(), heldOn);
            int left = Math.max(1, k.workingDays().get() - used);
            Deadline again = deadlines.closingAfter(k.kind(), resumedOn, left);
            if (again.due().toInstant().equals(k.dueAt())) {
                continue;
            }
            Optional<Deadline> next = Optional.empty();
            if (isWindowEnd(k.kind()) && earliestDue.filter(e -> !e.isBefore(k.dueDate())).isPresent()) {
                next = Optional.of(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, again.dueDate()));
                earliestDue = next.map(Deadline::dueDate);
            }
            moved.add(new HeldWindow(k, again, left, next));
        }
        return moved;
    }

    /**
     * Whether a running key date's clock stops while the case is on hold: every Working Day count
     * that was already running on the day the hold began (a date that is not a count, such as the
     * earliest implementation date, only follows the window it depends on).
     */
    private static boolean standsStillOnHold(KeyDate k, LocalDate heldOn) {
        return k.workingDays().isPresent() && !heldOn.isBefore(k.anchor());
    }

    /** A window after which the earliest implementation date is the next Working Day. */
    private static boolean isWindowEnd(KeyDateKind kind) {
        return kind == KeyDateKind.OBJECTION_WINDOW_END || kind == KeyDateKind.APPEAL_WINDOW_END;
    }
}
