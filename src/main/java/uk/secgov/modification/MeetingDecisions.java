package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.security.Callers;

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

    @Inject
    ChangeBoardMembers members;

    @Inject
    Callers callers;

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
    @Allowed({"secas", "panel"})
    public Modification convert(String reference, ModificationPath path, Route route, boolean urgent, LocalDate meeting,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.convert(path, route, urgent, meeting, by));
    }

    @Allowed({"secas", "authority"})
    public Modification decideUrgency(String reference, boolean agreed, Integer consultationWorkingDays, String reason,
            LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.decideUrgency(agreed, consultationWorkingDays, reason, on, by));
    }

    /** The Panel's Fast-Track decision with each member's vote. */
    @Allowed({"secas", "panel"})
    public Modification fastTrackDecision(String reference, LocalDate meeting, List<MemberVote> votes, String actor) {
        return recorder.record(reference, actor,
                (m, by) -> m.recordFastTrackDecision(meeting, votes, deadlines, settings, releases, by));
    }

    @Allowed({"secas", "panel"})
    public Modification approveReport(String reference, LocalDate meeting, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.approveReport(meeting, deadlines, settings, by));
    }

    @Allowed({"secas", "changeboard"})
    /**
     * The Change Board's vote: SECAS records the members' votes, a member only their own; only real members, each for
     * their Party's category (ChangeBoardVoters). Process tests build this service without members: no check there.
     */
    public Modification changeBoardVote(String reference, LocalDate meeting, List<MemberVote> votes, String actor) {
        List<MemberVote> admitted = members == null || votes == null ? votes
                : ChangeBoardVoters.admit(votes, callers.current(), members);
        return recorder.record(reference, actor, (m, by) -> m.recordChangeBoardVote(meeting, admitted, deadlines, settings,
                by));
    }

    @Allowed({"secas", "authority"})
    public Modification authorityDecision(String reference, AuthorityDecision decision, String reason, LocalDate on,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordAuthorityDecision(decision, reason, on, deadlines, by));
    }

    @Allowed({"secas", "authority"})
    public Modification appealDecision(String reference, AuthorityDecision decision, String reason, LocalDate on,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.decideAppeal(decision, reason, on, deadlines, by));
    }
}
