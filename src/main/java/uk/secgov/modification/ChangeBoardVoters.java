package uk.secgov.modification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Caller;
import uk.secgov.platform.security.NotAllowed;

/**
 * Whose Change Board votes may be recorded, and by whom: only real members, each once, for the category their Party
 * belongs to (a category that has no vote on the Board gives none); a member records only their own vote, SECAS (as
 * secretariat) records the members' votes.
 */
public final class ChangeBoardVoters {

    /** The categories that hold Change Board seats with a vote. */
    static final Set<PartyCategory> VOTING = EnumSet.of(PartyCategory.LARGE_SUPPLIER, PartyCategory.SMALL_SUPPLIER,
            PartyCategory.ELECTRICITY_NETWORK_OPERATOR, PartyCategory.GAS_NETWORK_OPERATOR,
            PartyCategory.OTHER_SEC_PARTY);

    private ChangeBoardVoters() {
    }

    /** The votes as they will be recorded (each member's own name and category), or a refusal naming the vote. */
    public static List<MemberVote> admit(List<MemberVote> votes, Caller by, ChangeBoardMembers members) {
        List<MemberVote> admitted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MemberVote v : votes) {
            ChangeBoardMembers.Member member = members.named(v.member()).orElseThrow(() -> new InvalidModificationRequest(
                    "votes", v.member() + " is not a member of the Change Board."));
            if (!seen.add(member.username())) {
                throw new InvalidModificationRequest("votes", member.name() + " has more than one vote in the list.");
            }
            if (!VOTING.contains(member.category())) {
                throw new InvalidModificationRequest("votes", member.name() + " sits for " + member.category().label()
                        + ", which has no vote on the Change Board.");
            }
            if (v.category() != null && v.category() != member.category()) {
                throw new InvalidModificationRequest("votes", member.name() + " sits for " + member.category().label()
                        + ", not " + v.category().label() + ".");
            }
            if (!by.system() && !by.has("secas") && !member.username().equals(by.username())) {
                throw new NotAllowed("A Change Board member records only their own vote; SECAS records the votes of"
                        + " the other members.");
            }
            admitted.add(MemberVote.of(member.name(), member.category(), v.vote()));
        }
        return admitted;
    }
}
