package uk.secgov.modification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.input.InputRules;

/** One member's vote at a meeting: the member, the party category they sit for (Change Board), the vote. */
@Embeddable
public class MemberVote {

    static final int MEMBER_MAX = 200;

    @Column(name = "member_name", nullable = false, length = MEMBER_MAX, updatable = false)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_category", length = 40, updatable = false)
    private PartyCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Vote vote;

    protected MemberVote() {
    }

    private MemberVote(String member, PartyCategory category, Vote vote) {
        this.member = member;
        this.category = category;
        this.vote = vote;
    }

    /** A Panel member's vote. */
    public static MemberVote of(String member, Vote vote) {
        return of(member, null, vote);
    }

    /** A Change Board member's vote for the category they sit for. */
    public static MemberVote of(String member, PartyCategory category, Vote vote) {
        if (member == null || member.isBlank() || member.strip().length() > MEMBER_MAX) {
            throw new InvalidModificationRequest("votes", "Each vote needs the member's name (up to " + MEMBER_MAX
                    + " characters).");
        }
        // An entity, not a record: the input rules do not reach inside it on the way to the use case.
        InputRules.requireText("votes", member, MEMBER_MAX);
        if (vote == null) {
            throw new InvalidModificationRequest("votes", "Say how " + member.strip() + " voted (APPROVE, REJECT or ABSTAIN).");
        }
        return new MemberVote(member.strip(), category, vote);
    }

    public String member() {
        return member;
    }

    public PartyCategory category() {
        return category;
    }

    public Vote vote() {
        return vote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberVote other && member.equals(other.member) && category == other.category
                && vote == other.vote;
    }

    @Override
    public int hashCode() {
        return Objects.hash(member, category, vote);
    }
}
