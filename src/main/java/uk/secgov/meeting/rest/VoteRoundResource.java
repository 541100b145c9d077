package uk.secgov.meeting.rest;

import static uk.secgov.meeting.rest.MeetingRequestValues.required;
import static uk.secgov.meeting.rest.MeetingRequestValues.word;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.secgov.meeting.InvalidMeetingRequest;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.MemberVoting;
import uk.secgov.meeting.RecordedVote;
import uk.secgov.meeting.VoteChoice;
import uk.secgov.meeting.VoteRound;
import uk.secgov.meeting.VoteRoundRecord;
import uk.secgov.meeting.VoteRoundSecretariat;
import uk.secgov.meeting.rest.MeetingApiViews.VoteRoundDetail;

/**
 * {@code /api/v1/vote-rounds}: SECAS opens a round (at a meeting or online), records the votes taken at the meeting
 * and closes it; a member casts or changes their own vote; SECAS and the body's members read a round with its votes
 * (each with its history) and its outcome with the working and the rule version.
 */
@Path("/vote-rounds")
@RequestScoped
@RolesAllowed({"secas", "panel", "changeboard", "supplier", "dcc", "manufacturer", "authority", "admin"})
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class VoteRoundResource {

    /** The body of {@code POST /vote-rounds}: at the meeting if {@code meetingId} is given, else online today. */
    public record OpenRoundRequest(String bodyKey, String question, String subjectReference, Long meetingId) {
    }

    /** The caller's own vote: {@code APPROVE}, {@code REJECT} or {@code ABSTAIN}. */
    public record OwnVoteRequest(String choice) {
    }

    /** One vote taken at the meeting: the member's appointment and their choice. */
    public record MeetingVoteRequest(Long appointment, String choice) {
    }

    /** The body of {@code POST /vote-rounds/{id}/meeting-votes}. */
    public record MeetingVotesRequest(List<MeetingVoteRequest> votes) {
    }

    @Inject
    VoteRoundSecretariat secretariat;

    @Inject
    MemberVoting voting;

    @Inject
    MeetingBook book;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpenRoundRequest request) {
        OpenRoundRequest o = request == null ? new OpenRoundRequest(null, null, null, null) : request;
        VoteRound round = secretariat.open(o.bodyKey(), o.question(), o.subjectReference(), o.meetingId());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(round.id())).build())
                .entity(detail(round.id())).build();
    }

    @GET
    @Path("{id}")
    public VoteRoundDetail one(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/votes")
    public VoteRoundDetail vote(@PathParam("id") long id, OwnVoteRequest request) {
        voting.castOwn(id, choice("choice", request == null ? null : request.choice()));
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/meeting-votes")
    public VoteRoundDetail meetingVotes(@PathParam("id") long id, MeetingVotesRequest request) {
        List<RecordedVote> votes = request == null || request.votes() == null ? List.of() : request.votes().stream()
                .map(v -> {
                    if (v == null) {
                        throw new InvalidMeetingRequest("votes", "A vote cannot be empty.");
                    }
                    return new RecordedVote(required("votes", v.appointment(), "each member's appointment number"),
                            choice("votes", v.choice()));
                }).toList();
        secretariat.recordMeetingVotes(id, votes);
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/closure")
    public VoteRoundDetail close(@PathParam("id") long id) {
        secretariat.close(id);
        return detail(id);
    }

    private static VoteChoice choice(String field, String value) {
        VoteChoice choice = word(VoteChoice.class, field, value);
        if (choice == null) {
            throw new InvalidMeetingRequest(field, "Say how: APPROVE, REJECT or ABSTAIN.");
        }
        return choice;
    }

    private VoteRoundDetail detail(long id) {
        VoteRoundRecord round = secretariat.record(id);
        Map<Long, String> seatNames = new LinkedHashMap<>();
        book.body(round.round().bodyKey()).seats().forEach(s -> seatNames.put(s.id(), s.name()));
        return VoteRoundDetail.of(round, seatNames);
    }
}
