package uk.secgov.modification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.secgov.modification.KeyDate;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.Modification;
import uk.secgov.modification.TimelineEvent;

/** How the API shows cases: a summary for lists, the detail with timeline and key dates for one. */
public final class ModificationViews {

    private ModificationViews() {
    }

    /** One row of the register. */
    public record ModificationSummary(String reference, String title, String proposer, String leadAnalyst,
            LocalDate raisedOn, String stage, String stageLabel, String path, boolean urgent, boolean onHold,
            String targetRelease, LocalDate implementationDate, String latestUpdate, LocalDate latestUpdateOn) {

        static ModificationSummary of(Modification m) {
            return new ModificationSummary(m.reference().toString(), m.title(), m.proposer().describe(),
                    m.leadAnalyst().orElse(null), m.raisedOn(), m.stage().name(), m.stage().label(),
                    m.path().map(Enum::name).orElse(null), m.isUrgent(), m.isOnHold(),
                    m.targetRelease().map(r -> r.name()).orElse(null), m.implementationDate().orElse(null),
                    m.latestUpdate(), m.latestUpdateOn());
        }
    }

    /** A computed date with how it was computed. */
    public record KeyDateView(String kind, String label, LocalDate anchor, Integer workingDays, String due,
            LocalDate dueDate, String explanation, Instant recordedAt, String recordedBy) {

        static KeyDateView of(KeyDate k) {
            return new KeyDateView(k.kind().name(), k.kind().label(), k.anchor(), k.workingDays().orElse(null),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(k.due()), k.dueDate(), k.explanation(),
                    k.recordedAt(), k.recordedBy());
        }
    }

    /** A member's vote. */
    public record VoteView(String member, String category, String vote) {

        static VoteView of(MemberVote v) {
            return new VoteView(v.member(), v.category() == null ? null : v.category().name(), v.vote().name());
        }
    }

    /** One timeline entry. */
    public record CaseTimelineEntry(String kind, String label, LocalDate occurredOn, String summary, String stageAfter,
            List<VoteView> votes, Instant recordedAt, String recordedBy) {

        static CaseTimelineEntry of(TimelineEvent e) {
            return new CaseTimelineEntry(e.kind().name(), e.kind().label(), e.occurredOn(), e.summary(), e.stageAfter().name(),
                    e.votes().stream().map(VoteView::of).toList(), e.recordedAt(), e.recordedBy());
        }
    }

    /** The whole case as the register shows it. */
    public record ModificationDetail(String reference, String title, String issue, String solution,
            String proposerParty, String proposerPerson, String onBehalfOf, String leadAnalyst, LocalDate raisedOn,
            String stage, String stageLabel, String path, String route, boolean urgent, boolean onHold,
            boolean withdrawalPending, String changeBoardOutcome, List<String> impactedCategories,
            List<String> documentsAffected, String targetRelease, LocalDate targetReleaseDate,
            LocalDate implementationDate, String latestUpdate, String alternativeOf, String supersededBy,
            String classification, List<KeyDateView> keyDates, List<CaseTimelineEntry> timeline) {

        static ModificationDetail of(Modification m) {
            return new ModificationDetail(m.reference().toString(), m.title(), m.issue(), m.solution().orElse(null),
                    m.proposer().partyName(), m.proposer().person(), m.proposer().onBehalfOf(),
                    m.leadAnalyst().orElse(null), m.raisedOn(), m.stage().name(), m.stage().label(),
                    m.path().map(Enum::name).orElse(null), m.route().map(Enum::name).orElse(null), m.isUrgent(),
                    m.isOnHold(), m.isWithdrawalPending(), m.changeBoardOutcome().map(Enum::name).orElse(null),
                    m.impacted().stream().map(Enum::name).toList(), m.documentsAffected(),
                    m.targetRelease().map(r -> r.name()).orElse(null), m.targetRelease().map(r -> r.date()).orElse(null),
                    m.implementationDate().orElse(null), m.latestUpdate(), m.alternativeOf().orElse(null),
                    m.supersededBy().orElse(null), m.classification().name(),
                    m.keyDates().stream().map(KeyDateView::of).toList(),
                    m.timeline().stream().map(CaseTimelineEntry::of).toList());
        }
    }
}
