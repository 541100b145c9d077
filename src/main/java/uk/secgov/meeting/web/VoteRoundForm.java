package uk.secgov.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.secgov.meeting.InvalidMeetingRequest;
import uk.secgov.meeting.RecordedVote;
import uk.secgov.meeting.RoundOutcome;
import uk.secgov.meeting.VoteChoice;
import uk.secgov.meeting.VoteRoundRecord;
import uk.secgov.meeting.VoteRoundSecretariat;
import uk.secgov.meeting.Voter;
import uk.secgov.platform.web.PageAction;

/**
 * SECAS runs the vote rounds at a meeting from its page: opens one on a question about a subject, records the votes
 * of the members present (one row a member: approve, reject or abstain; a row left empty records nothing), and closes
 * it, which shows the outcome with its working.
 */
@Named
@ViewScoped
public class VoteRoundForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction OPEN_FORM = PageAction.withFields(Map.of("question", "roundForm:question",
            "subjectReference", "roundForm:subjectReference"));
    private static final PageAction VOTES_FORM = PageAction.ON_PAGE;

    @Inject
    transient VoteRoundSecretariat secretariat;

    @Inject
    MeetingPage page;

    private String question;
    private String subjectReference;
    /** Each member's choice by "round-appointment", as the form posted it (the names of {@link VoteChoice}). */
    private final Map<String, String> choices = new HashMap<>();

    public String open() {
        return OPEN_FORM.runThenGo(() -> secretariat.open(page.getRecord().meeting().bodyKey(), question,
                subjectReference, page.getId()), "The vote round is open.", page.again());
    }

    public String recordVotes(long roundId) {
        return VOTES_FORM.reportThenGo(() -> {
            VoteRoundRecord round = secretariat.record(roundId);
            List<RecordedVote> votes = new ArrayList<>();
            for (Voter v : round.entitled()) {
                String choice = choices.get(roundId + "-" + v.appointment());
                if (choice != null && !choice.isBlank()) {
                    votes.add(new RecordedVote(v.appointment(), choiceOf(choice)));
                }
            }
            int recorded = secretariat.recordMeetingVotes(roundId, votes).size();
            choices.clear();
            return recorded == 1 ? "1 vote is recorded." : recorded + " votes are recorded.";
        }, page.again());
    }

    public String close(long roundId) {
        return VOTES_FORM.reportThenGo(() -> {
            RoundOutcome outcome = secretariat.close(roundId);
            return "The round is closed: " + outcome.result().label() + ".";
        }, page.again());
    }

    private static VoteChoice choiceOf(String name) {
        try {
            return VoteChoice.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidMeetingRequest("votes", "Choose approve, reject or abstain.");
        }
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public VoteChoice[] getVoteChoices() {
        return VoteChoice.values();
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getSubjectReference() {
        return subjectReference;
    }

    public void setSubjectReference(String subjectReference) {
        this.subjectReference = subjectReference;
    }
}
