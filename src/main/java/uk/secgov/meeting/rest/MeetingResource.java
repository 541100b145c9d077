package uk.secgov.meeting.rest;

import static uk.secgov.meeting.rest.MeetingRequestValues.day;
import static uk.secgov.meeting.rest.MeetingRequestValues.required;
import static uk.secgov.meeting.rest.MeetingRequestValues.time;
import static uk.secgov.meeting.rest.MeetingRequestValues.word;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.secgov.meeting.Attendance;
import uk.secgov.meeting.InvalidMeetingRequest;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.MeetingSecretariat;
import uk.secgov.meeting.rest.MeetingApiViews.MeetingDetail;
import uk.secgov.meeting.rest.MeetingApiViews.MeetingSummary;
import uk.secgov.platform.rest.Page;

/**
 * {@code /api/v1/meetings}: a body's meetings, upcoming or past, and one with its attendance, agenda, minutes and
 * rounds, for SECAS and the body's members; SECAS schedules a meeting and keeps its record.
 */
@Path("/meetings")
@RequestScoped
@RolesAllowed({"secas", "panel", "changeboard", "supplier", "dcc", "manufacturer", "authority", "admin"})
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    /** The body of {@code POST /meetings}: the day as YYYY-MM-DD, the time it starts as HH:MM in UK time. */
    public record ScheduleRequest(String bodyKey, String title, String date, String startsAt) {
    }

    /** A member recorded as {@code PRESENT} or with {@code APOLOGIES}, by their appointment. */
    public record AttendanceRequest(Long appointment, String attendance) {
    }

    /** Someone who is not a member, by name and organisation. */
    public record ObserverRequest(String name, String organisation) {
    }

    /** An agenda item, or ({@code supersedes}) the correction of one. */
    public record AgendaItemRequest(String title, String subjectReference, Long supersedes) {
    }

    /** A minute, or ({@code supersedes}) the correction of one. */
    public record MinuteRequest(String text, Long supersedes) {
    }

    /** The body of {@code POST /meetings/{id}/cancellation}. */
    public record CancellationRequest(String reason) {
    }

    @Inject
    MeetingSecretariat secretariat;

    @Inject
    MeetingBook book;

    @Context
    UriInfo uriInfo;

    /** {@code when}: {@code upcoming} (today on, soonest first; the default) or {@code past} (latest first). */
    @GET
    public Page<MeetingSummary> list(@QueryParam("body") String body, @QueryParam("when") String when,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        boolean upcoming = when == null || when.isBlank() || "upcoming".equalsIgnoreCase(when.strip());
        if (!upcoming && !"past".equalsIgnoreCase(when.strip())) {
            throw new InvalidMeetingRequest("when", "when is upcoming or past, but was '" + when + "'.");
        }
        List<MeetingSummary> all = book.meetings(body, upcoming).stream().map(MeetingSummary::of).toList();
        return Page.of(first, size, all::size, (from, pageSize) -> all.subList(Math.min(from, all.size()),
                Math.min(from + pageSize, all.size())));
    }

    @GET
    @Path("{id}")
    public MeetingDetail one(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(ScheduleRequest request) {
        ScheduleRequest s = request == null ? new ScheduleRequest(null, null, null, null) : request;
        Meeting meeting = secretariat.schedule(s.bodyKey(), s.title(), day("date", s.date()),
                time("startsAt", s.startsAt()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build())
                .entity(detail(meeting.id())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/attendance")
    public MeetingDetail attendance(@PathParam("id") long id, AttendanceRequest request) {
        AttendanceRequest a = request == null ? new AttendanceRequest(null, null) : request;
        secretariat.attendance(id, required("appointment", a.appointment(), "the member's appointment number"),
                word(Attendance.class, "attendance", a.attendance()));
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/observers")
    public MeetingDetail observer(@PathParam("id") long id, ObserverRequest request) {
        ObserverRequest o = request == null ? new ObserverRequest(null, null) : request;
        secretariat.observer(id, o.name(), o.organisation());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/agenda")
    public MeetingDetail agendaItem(@PathParam("id") long id, AgendaItemRequest request) {
        AgendaItemRequest a = request == null ? new AgendaItemRequest(null, null, null) : request;
        secretariat.agendaItem(id, a.title(), a.subjectReference(), a.supersedes());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/minutes")
    public MeetingDetail minute(@PathParam("id") long id, MinuteRequest request) {
        MinuteRequest m = request == null ? new MinuteRequest(null, null) : request;
        secretariat.minute(id, m.text(), m.supersedes());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/cancellation")
    public MeetingDetail cancel(@PathParam("id") long id, CancellationRequest request) {
        secretariat.cancel(id, request == null ? null : request.reason());
        return detail(id);
    }

    private MeetingDetail detail(long id) {
        return MeetingDetail.of(secretariat.record(id), book.rounds(id));
    }
}
