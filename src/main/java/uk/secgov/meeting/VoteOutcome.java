package uk.secgov.meeting;

import java.util.List;

/**
 * What a vote round decided under one version of the body's rule: whether it was quorate, each group's tally and
 * result, the overall result, and the working as plain sentences ("Large Supplier: 2 approve, 0 reject, 0 abstain →
 * approve").
 */
public record VoteOutcome(boolean quorumMet, List<GroupTally> groups, Result result, List<String> working,
        int ruleVersion) {

    /** The body's decision. */
    public enum Result {
        APPROVED("approved"), REJECTED("rejected"), NOT_UNANIMOUS("not unanimous"), NOT_QUORATE("not quorate");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A group's result. */
    public enum GroupResult {
        APPROVE("approve"), REJECT("reject"), TIED("tied"), ABSTAIN("abstain"), NO_VOTES("no votes");

        private final String label;

        GroupResult(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A group's votes and their result: the majority of approve and reject; abstentions do not count either way. */
    public record GroupTally(String group, int approve, int reject, int abstain) {

        public int cast() {
            return approve + reject + abstain;
        }

        public GroupResult result() {
            if (cast() == 0) {
                return GroupResult.NO_VOTES;
            }
            if (approve == 0 && reject == 0) {
                return GroupResult.ABSTAIN;
            }
            return approve > reject ? GroupResult.APPROVE : reject > approve ? GroupResult.REJECT : GroupResult.TIED;
        }

        /** Whether the group voted for or against (a tie too): it counts among "the groups that voted". */
        public boolean decided() {
            return approve + reject > 0;
        }

        public String sentence() {
            return group + ": " + (cast() == 0 ? "no votes" : approve + " approve, " + reject + " reject, " + abstain
                    + " abstain → " + result().label());
        }
    }

    public VoteOutcome {
        groups = List.copyOf(groups);
        working = List.copyOf(working);
    }

    public boolean approved() {
        return result == Result.APPROVED;
    }

    /** The working in one line, as stored with the outcome. */
    public String explanation() {
        return String.join("; ", working);
    }
}
