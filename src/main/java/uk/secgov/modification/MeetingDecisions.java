package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * SECAS (or the deciding body itself) records a decision made at a meeting, with the meeting's date,
 * which may be in the past: every deadline it starts runs from that date.
 */
@ApplicationScoped
@Transactional
public class MeetingDecisions {

    @Inject
    CaseRecorder recorder;

    @Inject
    Deadlines deadlines;

    @Inject
    LifecycleSettings settings;

    @Inject
    ReleaseFinder releases;

    public MeetingDecisions() {
    }

    public MeetingDecisions(CaseRecorder recorder, Deadlines deadlines, LifecycleSettings settings,
            ReleaseFinder releases) {
        this.recorder = recorder;
        this.deadlines = deadlines;
        this.settings = settings;
        this.releases = releases;
    }

    /** The Panel converts a Draft Proposal and chooses its path and route. */
    public Modification convert(String reference, ModificationPath path, Route route, boolean urgent, LocalDate meeting,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.convert(path, route, urgent, meeting, by));
    }

    public Modification decideUrgency(String reference, boolean agreed, Integer consultationWorkingDays, String reason,
            LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.decideUrgency(agreed, consultationWorkingDays, reason, on, by));
    }

    /** The Panel's Fast-Track decision with each member's vote. */
    public Modification fastTrackDecision(String reference, LocalDate meeting, List<MemberVote> votes, String actor) {
        return recorder.record(reference, actor,
                (m, by) -> m.recordFastTrackDecision(meeting, votes, deadlines, settings, releases, by));
    }

    public Modification approveReport(String reference, LocalDate meeting, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.approveReport(meeting, deadlines, settings, by));
    }

    public Modification changeBoardVote(String reference, LocalDate meeting, List<MemberVote> votes, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordChangeBoardVote(meeting, votes, deadlines, settings, by));
    }

    public Modification authorityDecision(String reference, AuthorityDecision decision, String reason, LocalDate on,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordAuthorityDecision(decision, reason, on, deadlines, by));
    }

    public Modification appealDecision(String reference, AuthorityDecision decision, String reason, LocalDate on,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.decideAppeal(decision, reason, on, deadlines, by));
    }
}
