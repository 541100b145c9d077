package uk.secgov.meeting.rest;

import static uk.secgov.meeting.rest.MeetingRequestValues.day;
import static uk.secgov.meeting.rest.MeetingRequestValues.required;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.secgov.meeting.AggregationKind;
import uk.secgov.meeting.BodyMembers;
import uk.secgov.meeting.InvalidMeetingRequest;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.QuorumKind;
import uk.secgov.meeting.UnknownMembership;
import uk.secgov.meeting.VotingRules;
import uk.secgov.meeting.rest.MeetingApiViews.GoverningBodyDetail;
import uk.secgov.meeting.rest.MeetingApiViews.GoverningBodySummary;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.rest.Page;
import uk.secgov.platform.time.UkFormat;

/**
 * {@code /api/v1/bodies}: the bodies with their seats, members (each appointment with its history) and voting rule
 * versions, for anyone signed in; SECAS and administrators add seats, appoint, revise appointments and add rule
 * versions.
 */
@Path("/bodies")
@RequestScoped
@RolesAllowed({"secas", "panel", "changeboard", "supplier", "dcc", "manufacturer", "authority", "admin"})
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {

    /** The body of {@code POST /bodies/{key}/seats}. */
    public record SeatRequest(String name, String category) {
    }

    /** The body of an appointment, or of its revision (then {@code struck} may say it was recorded in error). */
    public record AppointmentRequest(Long seatId, String username, String personName, String termFrom, String termTo,
            Boolean struck) {
        static final AppointmentRequest NONE = new AppointmentRequest(null, null, null, null, null, null);
    }

    /** A voting group as sent: its name and the ids of its seats. */
    public record RuleGroupRequest(String name, List<Long> seatIds) {
    }

    /** The body of {@code POST /bodies/{key}/rule-versions}. */
    public record RuleVersionRequest(String effectiveFrom, List<RuleGroupRequest> groups, String quorum,
            String aggregation, String note) {
        static final RuleVersionRequest NONE = new RuleVersionRequest(null, null, null, null, null);
    }

    @Inject
    MeetingBook book;

    @Inject
    BodyMembers members;

    @Inject
    VotingRules rules;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<GoverningBodySummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        List<GoverningBodySummary> all = book.bodies().stream().map(GoverningBodySummary::of).toList();
        return Page.of(first, size, all::size, (from, pageSize) -> all.subList(Math.min(from, all.size()),
                Math.min(from + pageSize, all.size())));
    }

    @GET
    @Path("{key}")
    public GoverningBodyDetail one(@PathParam("key") String key) {
        return detail(key);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{key}/seats")
    public Response addSeat(@PathParam("key") String key, SeatRequest request) {
        SeatRequest s = request == null ? new SeatRequest(null, null) : request;
        members.addSeat(key, s.name(), word(PartyCategory.class, "category", s.category()));
        return Response.created(uriInfo.getBaseUriBuilder().path("bodies").path(key).build()).entity(detail(key))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{key}/appointments")
    public Response appoint(@PathParam("key") String key, AppointmentRequest request) {
        AppointmentRequest a = request == null ? AppointmentRequest.NONE : request;
        if (Boolean.TRUE.equals(a.struck())) {
            throw new InvalidMeetingRequest("struck", "A new appointment is not struck out: revise it instead.");
        }
        long seatId = required("seatId", a.seatId(), "the id of the seat");
        MeetingBook.BodyFile body = book.body(key);
        if (body.seats().stream().noneMatch(s -> s.id() == seatId)) {
            throw new InvalidMeetingRequest("seatId", "Seat " + seatId + " is not a seat of " + body.body().name() + ".");
        }
        members.appoint(appointment(a, seatId));
        return Response.created(uriInfo.getBaseUriBuilder().path("bodies").path(key).build()).entity(detail(key))
                .build();
    }

    /** A new record of the appointment; seat, username and name default to the current ones, the term does not. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{key}/appointments/{appointment}/revisions")
    public GoverningBodyDetail revise(@PathParam("key") String key, @PathParam("appointment") long appointment,
            AppointmentRequest request) {
        AppointmentRequest a = request == null ? AppointmentRequest.NONE : request;
        Membership current = book.body(key).memberships().appointment(appointment)
                .orElseThrow(() -> new UnknownMembership("#" + appointment));
        AppointmentRequest whole = new AppointmentRequest(a.seatId() == null ? current.seatId() : a.seatId(),
                a.username() == null ? current.username().orElse(null) : a.username(),
                a.personName() == null ? current.personName() : a.personName(), a.termFrom(), a.termTo(), a.struck());
        members.amend(key, appointment, appointment(whole, whole.seatId()), Boolean.TRUE.equals(a.struck()));
        return detail(key);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{key}/rule-versions")
    public Response newRuleVersion(@PathParam("key") String key, RuleVersionRequest request) {
        RuleVersionRequest r = request == null ? RuleVersionRequest.NONE : request;
        List<VotingRules.GroupSeats> groups = r.groups() == null ? null : r.groups().stream()
                .map(g -> g == null ? new VotingRules.GroupSeats(null, null)
                        : new VotingRules.GroupSeats(g.name(), g.seatIds())).toList();
        rules.newVersion(key, new VotingRules.RuleConfiguration(day("effectiveFrom", r.effectiveFrom()), groups,
                word(QuorumKind.class, "quorum", r.quorum()), word(AggregationKind.class, "aggregation",
                        r.aggregation()), r.note()));
        return Response.created(uriInfo.getBaseUriBuilder().path("bodies").path(key).build()).entity(detail(key))
                .build();
    }

    private static BodyMembers.Appointment appointment(AppointmentRequest a, long seatId) {
        return new BodyMembers.Appointment(seatId, a.username(), a.personName(), day("termFrom", a.termFrom()),
                day("termTo", a.termTo()));
    }

    private GoverningBodyDetail detail(String key) {
        LocalDate today = clock.instant().atZone(UkFormat.ZONE).toLocalDate();
        return GoverningBodyDetail.of(book.body(key), today);
    }
}
