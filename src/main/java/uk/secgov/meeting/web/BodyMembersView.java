package uk.secgov.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.meeting.Body;
import uk.secgov.meeting.BodyMembers;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.Seat;
import uk.secgov.meeting.VotingRuleVersion;
import uk.secgov.meeting.VotingRules;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.web.PageAction;

/**
 * {@code /meetings/members.xhtml?body=}: a body's seats, its members' appointments as they stand and every record of
 * them (history), and its voting rule versions; SECAS or an administrator adds a seat, appoints a person (a username
 * if they sign in, or only a name) for a term, and amends or strikes out an appointment (a new revision). The rule
 * versions are read-only here: a new version is configured through {@code VotingRules.newVersion} (API).
 */
@Named
@ViewScoped
public class BodyMembersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction SEAT_FORM = PageAction.withFields(Map.of("name", "seatForm:seatName"));
    private static final PageAction APPOINT_FORM = PageAction.withFields(Map.of("seatId", "appointForm:seat",
            "username", "appointForm:username", "personName", "appointForm:personName",
            "termFrom", "appointForm:termFrom", "termTo", "appointForm:termTo"));
    private static final PageAction AMEND_FORM = PageAction.withFields(Map.of("seatId", "amendForm:amendSeat",
            "username", "amendForm:amendUsername", "personName", "amendForm:amendPersonName",
            "termFrom", "amendForm:amendTermFrom", "termTo", "amendForm:amendTermTo"));

    @Inject
    transient BodyMembers members;

    @Inject
    transient VotingRules rules;

    private String body;
    private transient List<Body> bodies;
    private transient List<Seat> seats;
    private transient List<Membership> current;
    private transient List<Membership> history;

    private String seatName;
    private PartyCategory seatCategory;
    private Long seatId;
    private String username;
    private String personName;
    private LocalDate termFrom;
    private LocalDate termTo;
    private Long appointment;
    private Long amendSeat;
    private String amendUsername;
    private String amendPersonName;
    private LocalDate amendTermFrom;
    private LocalDate amendTermTo;

    public List<Body> getBodies() {
        if (bodies == null) {
            bodies = members.bodies();
        }
        return bodies;
    }

    /** The body shown: the one asked for, else the Change Board. */
    public Body getShown() {
        String key = body == null ? Body.CHANGE_BOARD : body;
        return getBodies().stream().filter(b -> b.key().equals(key)).findFirst()
                .orElse(getBodies().stream().filter(b -> b.key().equals(Body.CHANGE_BOARD)).findFirst().orElse(null));
    }

    public List<Seat> getSeats() {
        if (seats == null) {
            seats = members.seats(getShown().key());
        }
        return seats;
    }

    public String seatName(long seatId) {
        return getSeats().stream().filter(s -> s.id() == seatId).map(Seat::name).findFirst().orElse("Seat " + seatId);
    }

    public List<Membership> getCurrent() {
        if (current == null) {
            current = members.members(getShown().key());
        }
        return current;
    }

    public List<Membership> getHistory() {
        if (history == null) {
            history = members.history(getShown().key());
        }
        return history;
    }

    public List<VotingRuleVersion> getRuleVersions() {
        return rules.history(getShown().key());
    }

    /** The voting groups of a rule version in words: {@code Large Supplier: Large Supplier 1, Large Supplier 2}. */
    public List<String> groups(VotingRuleVersion v) {
        return v.rule().groups().stream().map(g -> g.name() + ": " + String.join(", ", g.seatIds().stream().sorted()
                .map(this::seatName).toList())).toList();
    }

    public PartyCategory[] getCategories() {
        return PartyCategory.values();
    }

    public String addSeat() {
        return SEAT_FORM.reportThenGo(() -> "The seat " + members.addSeat(getShown().key(), seatName, seatCategory)
                .name() + " is added.", again());
    }

    public String appoint() {
        return APPOINT_FORM.reportThenGo(() -> {
            Membership m = members.appoint(new BodyMembers.Appointment(seatId == null ? 0 : seatId, username,
                    personName, termFrom, termTo));
            return m.personName() + " is appointed to " + seatName(m.seatId()) + ".";
        }, again());
    }

    public String amend() {
        return amendOrStrike(false);
    }

    public String strike() {
        return amendOrStrike(true);
    }

    private String amendOrStrike(boolean strike) {
        return AMEND_FORM.reportThenGo(() -> {
            Optional<Membership> last = getCurrent().stream().filter(m -> appointment != null
                    && m.appointment() == appointment).findFirst();
            if (last.isEmpty()) {
                throw new uk.secgov.meeting.InvalidMeetingRequest("seatId", "Choose the appointment to change.");
            }
            Membership was = last.get();
            Membership m = members.amend(getShown().key(), was.appointment(), new BodyMembers.Appointment(
                    amendSeat != null ? amendSeat : was.seatId(), blankOr(amendUsername, was.username().orElse(null)),
                    blankOr(amendPersonName, was.personName()), amendTermFrom != null ? amendTermFrom : was.termFrom(),
                    amendTermTo != null ? amendTermTo : was.termTo().orElse(null)), strike);
            return strike ? "The appointment of " + m.personName() + " is struck out (revision " + m.revision() + ")."
                    : "The appointment of " + m.personName() + " is changed (revision " + m.revision() + ").";
        }, again());
    }

    private static String blankOr(String typed, String kept) {
        return typed == null || typed.isBlank() ? kept : typed;
    }

    private String again() {
        return "/meetings/members?faces-redirect=true&body=" + getShown().key();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSeatName() {
        return seatName;
    }

    public void setSeatName(String seatName) {
        this.seatName = seatName;
    }

    public PartyCategory getSeatCategory() {
        return seatCategory;
    }

    public void setSeatCategory(PartyCategory seatCategory) {
        this.seatCategory = seatCategory;
    }

    public Long getSeatId() {
        return seatId;
    }

    public void setSeatId(Long seatId) {
        this.seatId = seatId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public void setTermFrom(LocalDate termFrom) {
        this.termFrom = termFrom;
    }

    public LocalDate getTermTo() {
        return termTo;
    }

    public void setTermTo(LocalDate termTo) {
        this.termTo = termTo;
    }

    public Long getAppointment() {
        return appointment;
    }

    public void setAppointment(Long appointment) {
        this.appointment = appointment;
    }

    public Long getAmendSeat() {
        return amendSeat;
    }

    public void setAmendSeat(Long amendSeat) {
        this.amendSeat = amendSeat;
    }

    public String getAmendUsername() {
        return amendUsername;
    }

    public void setAmendUsername(String amendUsername) {
        this.amendUsername = amendUsername;
    }

    public String getAmendPersonName() {
        return amendPersonName;
    }

    public void setAmendPersonName(String amendPersonName) {
        this.amendPersonName = amendPersonName;
    }

    public LocalDate getAmendTermFrom() {
        return amendTermFrom;
    }

    public void setAmendTermFrom(LocalDate amendTermFrom) {
        this.amendTermFrom = amendTermFrom;
    }

    public LocalDate getAmendTermTo() {
        return amendTermTo;
    }

    public void setAmendTermTo(LocalDate amendTermTo) {
        this.amendTermTo = amendTermTo;
    }
}
