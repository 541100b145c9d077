package uk.secgov.modification.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.secgov.modification.AuthorityDecision;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.MeetingDecisions;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.Route;
import uk.secgov.modification.Vote;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.web.PageAction;

/**
 * The decisions the Panel, the Change Board and the Authority take at their meetings, recorded by them or by SECAS:
 * conversion, urgency, the Fast-Track decision, the report's approval, the Change Board's vote, the Authority's
 * decision on the case and on an appeal.
 */
@Named
@ViewScoped
public class MeetingDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The Authority's decisions give their reason in the decision's section, not in the step form's note. */
    private static final PageAction DECISION_FORM = PageStep.stepsFormWith("reason", "stepsForm:decisionReason");

    @Inject
    transient MeetingDecisions decisions;

    @Inject
    PageStep step;

    private ModificationPath path;
    private Route route;
    private boolean urgent;
    private boolean agreed = true;
    private Integer consultationWorkingDays;
    private String votes;
    private AuthorityDecision decision;
    private String reason;

    public void convert() {
        step.run(() -> decisions.convert(step.reference(), path, route, urgent, step.day(), step.actor()),
                "Converted.");
    }

    public void decideUrgency() {
        step.run(() -> decisions.decideUrgency(step.reference(), agreed, consultationWorkingDays, reason,
                step.day(), step.actor()), "The Authority's decision on urgency is recorded.");
    }

    public void fastTrackDecision() {
        step.run(() -> decisions.fastTrackDecision(step.reference(), step.day(), votes(false),
                step.actor()), "The Panel's decision is recorded.");
    }

    public void approveReport() {
        step.run(() -> decisions.approveReport(step.reference(), step.day(), step.actor()),
                "Modification Report approved; the consultation is open.");
    }

    public void changeBoardVote() {
        step.run(() -> decisions.changeBoardVote(step.reference(), step.day(), votes(true), step.actor()),
                "The Change Board's vote is recorded.");
    }

    public void authorityDecision() {
        step.run(DECISION_FORM, () -> decisions.authorityDecision(step.reference(), decision, reason, step.day(),
                step.actor()), "The Authority's decision is recorded.");
    }

    public void appealDecision() {
        step.run(DECISION_FORM, () -> decisions.appealDecision(step.reference(), decision, reason, step.day(),
                step.actor()), "The Authority's decision on the appeal is recorded.");
    }

    public void clear(@Observes(notifyObserver = Reception.IF_EXISTS) PageStep.Recorded recorded) {
        reason = null;
        votes = null;
    }

    /**
     * One member a line: "Name = APPROVE" (Panel) or "Name, APPROVE" (Change Board; the category is the member's
     * Party's, and may be given as "Name, LARGE_SUPPLIER, APPROVE").
     */
    private List<MemberVote> votes(boolean perCategory) {
        List<MemberVote> cast = new ArrayList<>();
        for (String line : (votes == null ? "" : votes).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s*[=,]\\s*");
            try {
                if (perCategory && parts.length == 2) {
                    cast.add(MemberVote.of(parts[0], null, Vote.valueOf(parts[1].strip().toUpperCase(Locale.ROOT))));
                } else if (perCategory && parts.length == 3) {
                    cast.add(MemberVote.of(parts[0], PartyCategory.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
                            Vote.valueOf(parts[2].strip().toUpperCase(Locale.ROOT))));
                } else if (!perCategory && parts.length == 2) {
                    cast.add(MemberVote.of(parts[0], Vote.valueOf(parts[1].strip().toUpperCase(Locale.ROOT))));
                } else {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidModificationRequest("votes", "'" + line.strip() + "' is not a vote: write "
                        + (perCategory ? "Name, APPROVE" : "Name = APPROVE") + " (APPROVE, REJECT or ABSTAIN).");
            }
        }
        return cast;
    }

    public List<ModificationPath> getPaths() {
        return List.of(ModificationPath.values());
    }

    public List<Route> getRoutes() {
        return List.of(Route.values());
    }

    public List<AuthorityDecision> getDecisions() {
        return List.of(AuthorityDecision.values());
    }

    public ModificationPath getPath() {
        return path;
    }

    public void setPath(ModificationPath path) {
        this.path = path;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public Integer getConsultationWorkingDays() {
        return consultationWorkingDays;
    }

    public void setConsultationWorkingDays(Integer consultationWorkingDays) {
        this.consultationWorkingDays = consultationWorkingDays;
    }

    public String getVotes() {
        return votes;
    }

    public void setVotes(String votes) {
        this.votes = votes;
    }

    public AuthorityDecision getDecision() {
        return decision;
    }

    public void setDecision(AuthorityDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
