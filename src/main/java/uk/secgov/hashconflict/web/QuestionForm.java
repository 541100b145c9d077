package uk.secgov.hashconflict.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZonedDateTime;
import uk.secgov.hashconflict.InformationRequests;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.platform.time.UkFormat;

/** SECAS asks an involved party a question, due some Working Days later (the form previews the dates). */
@Named
@ViewScoped
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    transient InformationRequests requests;

    @Inject
    InvestigationPage page;

    private Long askPartyId;
    private String question;
    private Integer workingDays;
    private boolean workingDaysShown;
    private Long followsRequestId;

    public String ask() {
        return page.attempt(() -> {
            if (askPartyId == null) {
                throw new InvestigationRefused("Choose the party to ask.");
            }
            requests.ask(page.viewer(), page.getReference(), askPartyId, question, workingDays, followsRequestId);
        }, "Question sent.");
    }

    /** The due date a question gets with the Working Days in the form, or why not. */
    public String getDuePreview() {
        try {
            InformationRequests.DueDates d = requests.dueDates(workingDays == null ? requests.defaultWorkingDays()
                    : workingDays);
            return "Due " + day(d.due()) + " 17:00 (" + d.workingDays() + " Working Day" + (d.workingDays() == 1 ? ""
                    : "s") + " from today); escalates to SECAS " + day(d.escalation()) + " 17:00 if unanswered.";
        } catch (InvestigationRefused refused) {
            return refused.getMessage();
        }
    }

    private static String day(ZonedDateTime at) {
        return UkFormat.DAY_IN_WORDS.format(at);
    }

    public Long getAskPartyId() {
        return askPartyId;
    }

    public void setAskPartyId(Long askPartyId) {
        this.askPartyId = askPartyId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    /** The settings' default until SECAS types another number. */
    public Integer getWorkingDays() {
        if (!workingDaysShown) {
            workingDaysShown = true;
            workingDays = requests.defaultWorkingDays();
        }
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        workingDaysShown = true;
        this.workingDays = workingDays;
    }

    public Long getFollowsRequestId() {
        return followsRequestId;
    }

    public void setFollowsRequestId(Long followsRequestId) {
        this.followsRequestId = followsRequestId;
    }
}
