package uk.secgov.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import uk.secgov.meeting.Body;
import uk.secgov.meeting.InvalidMeetingRequest;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.MeetingSecretariat;
import uk.secgov.platform.web.PageAction;

/**
 * {@code /meetings/index.xhtml?body=}: a body's upcoming and past meetings (SECAS sees every body, a member the bodies
 * they sit on), and SECAS's form to schedule one.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction SCHEDULE_FORM = PageAction.withFields(Map.of("title", "scheduleForm:title",
            "date", "scheduleForm:date", "startsAt", "scheduleForm:startsAt", "body", "scheduleForm:body"));

    @Inject
    transient MeetingSecretariat secretariat;

    @Inject
    transient MeetingBook book;

    private String body;
    private transient List<Body> bodies;
    private transient List<Meeting> upcoming;
    private transient List<Meeting> past;
    private String title;
    private LocalDate date;
    private String startsAt;

    /** The bodies whose meetings the caller follows (SECAS: every body; a member: their own). */
    public List<Body> getBodies() {
        if (bodies == null) {
            bodies = book.followed();
        }
        return bodies;
    }

    /** The body shown: the one asked for if listed, else the first listed (none when none is). */
    public Body getShown() {
        return getBodies().stream().filter(b -> b.key().equals(body)).findFirst()
                .orElse(getBodies().isEmpty() ? null : getBodies().get(0));
    }

    /** Today's and later meetings of the body shown, soonest first. */
    public List<Meeting> getUpcoming() {
        if (upcoming == null) {
            upcoming = getShown() == null ? List.of() : book.meetings(getShown().key(), true);
        }
        return upcoming;
    }

    /** Its earlier meetings, latest first. */
    public List<Meeting> getPast() {
        if (past == null) {
            past = getShown() == null ? List.of() : book.meetings(getShown().key(), false);
        }
        return past;
    }

    public boolean cancelled(Meeting m) {
        return secretariat.record(m.id()).cancelled();
    }

    public String schedule() {
        return SCHEDULE_FORM.attempt(() -> secretariat.schedule(getShown() == null ? null : getShown().key(), title,
                date, time(startsAt))).map(m -> PageAction.doneThenGo(m.title() + " is scheduled for "
                        + new MeetingWords().when(m) + ".", "/meetings/meeting?faces-redirect=true&id=" + m.id()))
                .orElse(null);
    }

    /** A time as typed: {@code 10:00} or {@code 9:30}. */
    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMeetingRequest("startsAt", "Give the time the meeting starts, as HH:MM.");
        }
        try {
            String clean = text.strip();
            return LocalTime.parse(clean.length() == 4 ? "0" + clean : clean);
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingRequest("startsAt", "'" + text.strip() + "' is not a time: give it as HH:MM.");
        }
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }
}
