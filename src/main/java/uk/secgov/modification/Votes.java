package uk.secgov.modification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The members' votes at one meeting: each member once, and how they add up. */
public record Votes(List<MemberVote> cast) {

    public Votes {
        cast = List.copyOf(cast);
    }

    /**
     * The votes recorded for a meeting: at least one, each member once and, for the Change Board
     * ({@code perCategory}), each for the party category the member sits for.
     */
    public static Votes of(List<MemberVote> votes, boolean perCategory) {
        if (votes == null || votes.isEmpty()) {
            throw new InvalidModificationRequest("votes", "Record each member's vote.");
        }
        if (votes.stream().map(MemberVote::member).distinct().count() != votes.size()) {
            throw new InvalidModificationRequest("votes", "Each member votes once.");
        }
        if (perCategory && votes.stream().anyMatch(v -> v.category() == null)) {
            throw new InvalidModificationRequest("votes", "Each Change Board member sits for a party category: give it.");
        }
        return new Votes(votes);
    }

    /** Whether every member approved. */
    public boolean unanimousApproval() {
        return cast.stream().allMatch(v -> v.vote() == Vote.APPROVE);
    }

    /** "3 approve, 1 reject, 0 abstain": every kind of vote, in their order, even when nobody cast it. */
    public String tally() {
        return Arrays.stream(Vote.values()).map(v -> cast.stream().filter(m -> m.vote() == v).count() + " "
                + v.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", "));
    }
}
