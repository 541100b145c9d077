package uk.secgov.modification;

import java.util.ArrayList;
import java.util.List;

/** The Panel's conversion of a proposal: its path, its route, and whether the Authority is asked to agree urgency. */
record Conversion(ModificationPath path, Route route, boolean urgent) {

    /**
     * The Panel's choice, checked as a whole (every problem at once): a Fast-Track takes the Fast-Track
     * route and only a Fast-Track does; never again after an objection or a Panel that was not
     * unanimous ({@code fastTrackRuledOut}); and it is never urgent.
     */
    static Conversion of(ModificationPath path, Route route, boolean urgent, boolean fastTrackRuledOut,
            ModificationReference reference) {
        List<InvalidModificationRequest.Violation> problems = new ArrayList<>();
        if (path == null) {
            problems.add(new InvalidModificationRequest.Violation("path", "Choose the path: PATH_1, PATH_2, PATH_3 or FAST_TRACK."));
        }
        if (route == null) {
            problems.add(new InvalidModificationRequest.Violation("route", "Choose the route: REFINEMENT, REPORT_PHASE or FAST_TRACK."));
        }
        if (path != null && route != null && (path == ModificationPath.FAST_TRACK) != (route == Route.FAST_TRACK)) {
            problems.add(new InvalidModificationRequest.Violation("route", "A Fast-Track takes the Fast-Track route and"
                    + " only a Fast-Track does; it never goes through Refinement."));
        }
        if (path == ModificationPath.FAST_TRACK && fastTrackRuledOut) {
            problems.add(new InvalidModificationRequest.Violation("path", reference + " was objected to or not approved"
                    + " unanimously as a Fast-Track: it must go down another path."));
        }
        if (path == ModificationPath.FAST_TRACK && urgent) {
            problems.add(new InvalidModificationRequest.Violation("urgent", "A Fast-Track is not urgent: it has its own timetable."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModificationRequest(problems);
        }
        return new Conversion(path, route, urgent);
    }

    /** Where the converted case goes next: the Authority's decision on urgency, or its route's first stage. */
    Stage stage() {
        return urgent ? Stage.URGENCY_DECISION : route.firstStage();
    }
}
