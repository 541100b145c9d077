package uk.secgov.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.secgov.meeting.BodyMembers;
import uk.secgov.meeting.CastVote;
import uk.secgov.meeting.InvalidMeetingRequest;
import uk.secgov.meeting.MemberVoting;
import uk.secgov.meeting.Seat;
import uk.secgov.meeting.VoteChoice;
import uk.secgov.platform.web.PageAction;

/**
 * "Votes waiting for me" on a member's home page: the open rounds where the signed-in person holds an entitled seat,
 * their vote so far, and a form to cast or change it (each change is kept; the latest counts).
 */
@Named
@ViewScoped
public class MyVotesForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction VOTE_FORM = PageAction.ON_PAGE;

    @Inject
    transient MemberVoting voting;

    @Inject
    transient BodyMembers members;

    private transient List<MemberVoting.Waiting> waiting;
    /** The choice by "round-appointment" (the names of {@link VoteChoice}). */
    private final Map<String, String> choices = new HashMap<>();

    public List<MemberVoting.Waiting> getWaiting() {
        if (waiting == null) {
            waiting = voting.waitingForMe();
        }
        return waiting;
    }

    /** The name of the seat a waiting vote is for ("Large Supplier 1"). */
    public String seatName(MemberVoting.Waiting w) {
        return members.seats(w.round().round().bodyKey()).stream().filter(s -> s.id() == w.voter().seatId())
                .map(Seat::name).findFirst().orElse("");
    }

    public String cast(long roundId, long appointment) {
        String key = roundId + "-" + appointment;
        return VOTE_FORM.reportThenGo(() -> {
            String choice = choices.get(key);
            if (choice == null || choice.isBlank()) {
                throw new InvalidMeetingRequest("votes", "Choose approve, reject or abstain.");
            }
            VoteChoice chosen;
            try {
                chosen = VoteChoice.valueOf(choice);
            } catch (IllegalArgumentException e) {
                throw new InvalidMeetingRequest("votes", "Choose approve, reject or abstain.");
            }
            CastVote vote = voting.cast(roundId, appointment, chosen);
            choices.remove(key);
            return vote.change() == 1 ? "Your vote is recorded: " + chosen.label() + "."
                    : "Your vote is changed to " + chosen.label() + "; the earlier one is kept in the round's record.";
        }, FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "")
                + "?faces-redirect=true");
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public VoteChoice[] getVoteChoices() {
        return VoteChoice.values();
    }
}
