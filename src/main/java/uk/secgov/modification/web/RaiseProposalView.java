package uk.secgov.modification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import uk.secgov.modification.CaseContent;
import uk.secgov.modification.Classification;
import uk.secgov.modification.Modification;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.ProposalIntake;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.web.PageAction;

/**
 * Raising a Draft Proposal: SECAS records one for any Party (with the date it was raised); a
 * Supplier's or the DCC's user raises one for their own Party, today.
 */
@Named
@ViewScoped
public class RaiseProposalView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction RAISE_FORM = PageAction.withFields(Map.of("title", "raiseForm:title",
            "issue", "raiseForm:issue", "solution", "raiseForm:solution", "impactedCategories", "raiseForm:impacted",
            "documentsAffected", "raiseForm:documents", "proposerParty", "raiseForm:party",
            "proposerPartyId", "raiseForm:party", "proposerPerson", "raiseForm:person", "raisedOn", "raiseForm:raisedOn",
            "date", "raiseForm:raisedOn"));

    @Inject
    transient ProposalIntake intake;

    @Inject
    transient Directory directory;

    @Inject
    transient WebViewer viewer;

    private String title;
    private String issue;
    private String solution;
    private List<PartyCategory> impacted;
    private String documents;
    private Long partyId;
    private String person;
    private String onBehalfOf;
    private String raisedOn;
    private String raised;

    public void raise() {
        RAISE_FORM.report(this::raiseDraft);
    }

    private String raiseDraft() {
        boolean secas = viewer.is("secas");
        UserAccount me = directory.user(viewer.username()).orElseThrow();
        Party party = secas && partyId != null ? directory.party(partyId).orElseThrow() : me.party();
        String who = person == null || person.isBlank() ? me.displayName() : person;
        CaseContent content = new CaseContent(title, issue, solution,
                impacted == null || impacted.isEmpty() ? EnumSet.noneOf(PartyCategory.class) : EnumSet.copyOf(impacted),
                documents == null ? List.of() : List.of(documents.split("\\R")));
        Modification m = intake.raiseDraft(new ProposalIntake.NewCase(null, content,
                new Proposer(party.id(), party.name(), who, onBehalfOf),
                secas && raisedOn != null && !raisedOn.isBlank() ? CaseView.parseDay(raisedOn) : null,
                Classification.WHITE, null), viewer.username());
        raised = m.reference().toString();
        title = null;
        issue = null;
        solution = null;
        return "Draft Proposal " + raised + " raised; SECAS gives its pre-submission comments within 5 Working Days.";
    }

    public List<Party> getParties() {
        return directory.enabledParties();
    }

    public List<PartyCategory> getCategories() {
        return List.of(PartyCategory.values());
    }

    public String getRaised() {
        return raised;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public List<PartyCategory> getImpacted() {
        return impacted;
    }

    public void setImpacted(List<PartyCategory> impacted) {
        this.impacted = impacted;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public String getRaisedOn() {
        return raisedOn;
    }

    public void setRaisedOn(String raisedOn) {
        this.raisedOn = raisedOn;
    }
}
