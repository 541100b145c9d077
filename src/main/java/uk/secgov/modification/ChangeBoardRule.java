package uk.secgov.modification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.secgov.party.PartyCategory;

/**
 * How the Change Board's votes make its outcome (domain.md: configurable, assumed). A category's
 * result is the majority of its members' approve and reject votes (abstentions left out; a tie or
 * only abstentions is an abstention). The overall outcome is then, by rule:
 */
public enum ChangeBoardRule {
    /** More categories approve than reject (the default). */
    MAJORITY_OF_CATEGORIES("more party categories approve than reject"),
    /** Every category with a result approves, and at least one does. */
    EVERY_CATEGORY("every party category that voted approves"),
    /** More members approve than reject, categories aside. */
    MAJORITY_OF_MEMBERS("more members approve than reject");

    private final String description;

    ChangeBoardRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The published result: per category and overall (approve or reject; never abstain overall). */
    public record Result(Map<PartyCategory, Vote> perCategory, Vote overall, ChangeBoardRule rule) {
    }

    public Result apply(List<MemberVote> votes) {
        Map<PartyCategory, Vote> perCategory = new EnumMap<>(PartyCategory.class);
        for (PartyCategory category : PartyCategory.values()) {
            List<MemberVote> own = votes.stream().filter(v -> v.category() == category).toList();
            if (!own.isEmpty()) {
                perCategory.put(category, majority(count(own, Vote.APPROVE), count(own, Vote.REJECT)));
            }
        }
        Vote overall = switch (this) {
            case MAJORITY_OF_CATEGORIES -> decided(majority(
                    perCategory.values().stream().filter(Predicate.isEqual(Vote.APPROVE)).count(),
                    perCategory.values().stream().filter(Predicate.isEqual(Vote.REJECT)).count()));
            case EVERY_CATEGORY -> perCategory.containsValue(Vote.APPROVE) && !perCategory.containsValue(Vote.REJECT)
                    ? Vote.APPROVE : Vote.REJECT;
            case MAJORITY_OF_MEMBERS -> decided(majority(count(votes, Vote.APPROVE), count(votes, Vote.REJECT)));
        };
        return new Result(perCategory, overall, this);
    }

    private static long count(List<MemberVote> votes, Vote vote) {
        return votes.stream().filter(v -> v.vote() == vote).count();
    }

    private static Vote majority(long approve, long reject) {
        return approve > reject ? Vote.APPROVE : reject > approve ? Vote.REJECT : Vote.ABSTAIN;
    }

    /** A modification is approved only by a positive outcome; a tie does not approve it. */
    private static Vote decided(Vote vote) {
        return vote == Vote.APPROVE ? Vote.APPROVE : Vote.REJECT;
    }
}
