package uk.secgov.meeting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.secgov.meeting.MemberVoting;
import uk.secgov.meeting.rest.MeetingApiViews.VoteRoundSummary;

/** {@code GET /api/v1/me/vote-rounds}: the open rounds waiting for the signed-in member's vote, oldest first. */
@Path("/me")
@RequestScoped
@RolesAllowed({"secas", "panel", "changeboard", "supplier", "dcc", "manufacturer", "authority", "admin"})
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class MyVoteRoundsResource {

    @Inject
    MemberVoting voting;

    @GET
    @Path("vote-rounds")
    public List<VoteRoundSummary> waiting() {
        return voting.waiting().stream().map(VoteRoundSummary::of).toList();
    }
}
