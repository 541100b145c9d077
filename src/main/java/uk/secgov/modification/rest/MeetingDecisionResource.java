package uk.secgov.modification.rest;

import static uk.secgov.modification.rest.RequestValues.day;
import static uk.secgov.modification.rest.RequestValues.enumOf;
import static uk.secgov.modification.rest.RequestValues.votes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import uk.secgov.modification.AuthorityDecision;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.MeetingDecisions;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.Route;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;

/**
 * The decisions the Panel, the Change Board and the Authority take at their meetings (SECAS may record any of them),
 * dated by the meeting: conversion, urgency, the Fast-Track decision, the report's approval, the Change Board's
 * vote, the Authority's decisions.
 */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingDecisionResource {

    public record ConversionRequest(String date, String path, String route, Boolean urgent) implements DatedRequest {
        static final ConversionRequest NONE = new ConversionRequest(null, null, null, null);
    }

    public record UrgencyRequest(String date, Boolean agreed, Integer consultationWorkingDays, String reason)
            implements DatedRequest {
        static final UrgencyRequest NONE = new UrgencyRequest(null, null, null, null);
    }

    /** The Panel's members' votes, or the Change Board's (each member's vote may name their Party's category). */
    public record VotesRequest(String date, List<VoteRequest> votes) implements DatedRequest {
        static final VotesRequest NONE = new VotesRequest(null, null);
    }

    /** The Authority's decision, on the case or on an appeal. */
    public record DecisionRequest(String date, String decision, String reason) implements DatedRequest {
        static final DecisionRequest NONE = new DecisionRequest(null, null, null);
    }

    @Inject
    MeetingDecisions decisions;

    @Context
    SecurityContext security;

    @POST
    @Path("{reference}/conversion")
    @RolesAllowed({"secas", "panel"})
    public ModificationDetail convert(@PathParam("reference") String reference, ConversionRequest request) {
        ConversionRequest s = request == null ? ConversionRequest.NONE : request;
        return ModificationDetail.of(decisions.convert(reference, enumOf(ModificationPath.class, "path", s.path()),
                enumOf(Route.class, "route", s.route()), Boolean.TRUE.equals(s.urgent()), day(s), actor()));
    }

    @POST
    @Path("{reference}/urgency-decision")
    @RolesAllowed({"secas", "authority"})
    public ModificationDetail urgency(@PathParam("reference") String reference, UrgencyRequest request) {
        UrgencyRequest s = request == null ? UrgencyRequest.NONE : request;
        if (s.agreed() == null) {
            throw new InvalidModificationRequest("agreed", "Say whether the Authority agreed the case is urgent (true or false).");
        }
        return ModificationDetail.of(decisions.decideUrgency(reference, s.agreed(), s.consultationWorkingDays(),
                s.reason(), day(s), actor()));
    }

    @POST
    @Path("{reference}/fast-track-decision")
    @RolesAllowed({"secas", "panel"})
    public ModificationDetail fastTrackDecision(@PathParam("reference") String reference, VotesRequest request) {
        VotesRequest s = request == null ? VotesRequest.NONE : request;
        return ModificationDetail.of(decisions.fastTrackDecision(reference, day(s), votes(s.votes(), false), actor()));
    }

    @POST
    @Path("{reference}/report-approval")
    @RolesAllowed({"secas", "panel"})
    public ModificationDetail approveReport(@PathParam("reference") String reference, DayRequest request) {
        return ModificationDetail.of(decisions.approveReport(reference, day(request), actor()));
    }

    @POST
    @Path("{reference}/change-board-vote")
    @RolesAllowed({"secas", "changeboard"})
    public ModificationDetail changeBoardVote(@PathParam("reference") String reference, VotesRequest request) {
        VotesRequest s = request == null ? VotesRequest.NONE : request;
        return ModificationDetail.of(decisions.changeBoardVote(reference, day(s), votes(s.votes(), true), actor()));
    }

    @POST
    @Path("{reference}/authority-decision")
    @RolesAllowed({"secas", "authority"})
    public ModificationDetail authorityDecision(@PathParam("reference") String reference, DecisionRequest request) {
        DecisionRequest s = request == null ? DecisionRequest.NONE : request;
        return ModificationDetail.of(decisions.authorityDecision(reference,
                enumOf(AuthorityDecision.class, "decision", s.decision()), s.reason(), day(s), actor()));
    }

    @POST
    @Path("{reference}/appeal-decision")
    @RolesAllowed({"secas", "authority"})
    public ModificationDetail appealDecision(@PathParam("reference") String reference, DecisionRequest request) {
        DecisionRequest s = request == null ? DecisionRequest.NONE : request;
        return ModificationDetail.of(decisions.appealDecision(reference,
                enumOf(AuthorityDecision.class, "decision", s.decision()), s.reason(), day(s), actor()));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
