package uk.secgov.modification.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.secgov.modification.AuthorityDecision;
import uk.secgov.modification.CaseContent;
import uk.secgov.modification.CaseDocuments;
import uk.secgov.modification.CaseInterruptions;
import uk.secgov.modification.DocumentFile;
import uk.secgov.modification.DocumentSummary;
import uk.secgov.modification.Challenges;
import uk.secgov.modification.Classification;
import uk.secgov.modification.DevelopmentSteps;
import uk.secgov.modification.Implementation;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.MeetingDecisions;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.ModificationRegister;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.ProposalIntake;
import uk.secgov.modification.RefinementSteps;
import uk.secgov.modification.RegisterQuery;
import uk.secgov.modification.Route;
import uk.secgov.modification.Stage;
import uk.secgov.modification.Viewer;
import uk.secgov.modification.Vote;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;
import uk.secgov.modification.rest.ModificationViews.ModificationSummary;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.output.Attachments;
import uk.secgov.platform.rest.Page;

/**
 * {@code /api/v1/modifications}: the register, public to read (White cases past SECAS's pre-check;
 * a Party also sees its own drafts), and the steps SECAS, the Panel, the Change Board, the Authority
 * and Proposers record on a case. Each step answers the case as it now stands. One transaction per
 * request: the answer is read from the case in the transaction that changed it (its timeline and key
 * dates are loaded as they are mapped).
 */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ModificationResource {

    private static final int FEED_SIZE = 200;
    private static final String[] ROLES = {"secas", "panel", "changeboard", "authority", "admin", "supplier", "dcc",
            "manufacturer"};

    /** A new case. SECAS and the Panel name the proposing Party; a Party's user raises for their own Party. */
    public record NewProposal(String reference, String title, String issue, String solution,
            List<String> impactedCategories, List<String> documentsAffected, Long proposerPartyId,
            String proposerPerson, String onBehalfOf, String raisedOn, String classification, String alternativeOf) {
    }

    /** One member's vote as sent. */
    public record VoteRequest(String member, String category, String vote) {
    }

    /** The body of a step; each step reads the fields it needs. {@code date} is the day of the meeting or event. */
    public record StepRequest(String date, String leadAnalyst, String comments, String committee, String path,
            String route, Boolean urgent, Boolean agreed, Integer consultationWorkingDays, String reason,
            List<VoteRequest> votes, String party, String what, String decision, String supersededBy, Long releaseId,
            Long proposerPartyId, String proposerPerson, String onBehalfOf) {

        static final StepRequest EMPTY = new StepRequest(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    @Inject
    ModificationRegister register;

    @Inject
    ProposalIntake intake;

    @Inject
    DevelopmentSteps development;

    @Inject
    RefinementSteps refinement;

    @Inject
    MeetingDecisions decisions;

    @Inject
    Challenges challenges;

    @Inject
    CaseInterruptions interruptions;

    @Inject
    Implementation implementation;

    @Inject
    CaseDocuments caseDocuments;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    // ---- reading -------------------------------------------------------------------------------

    @GET
    @PermitAll
    public Page<ModificationSummary> list(@QueryParam("stage") String stage, @QueryParam("path") String path,
            @QueryParam("category") String category, @QueryParam("release") Long release,
            @QueryParam("text") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        RegisterQuery query = new RegisterQuery(enumOf(Stage.class, "stage", stage),
                enumOf(ModificationPath.class, "path", path), enumOf(PartyCategory.class, "category", category), release,
                text, false, null);
        Viewer viewer = viewer();
        return Page.of(first, size, () -> register.count(viewer, query), (from, pageSize) ->
                register.page(viewer, query, from, pageSize).stream().map(ModificationSummary::of).toList());
    }

    @GET
    @Path("{reference}")
    @PermitAll
    public ModificationDetail one(@PathParam("reference") String reference) {
        return ModificationDetail.of(register.one(viewer(), reference));
    }

    /** The case's documents the caller may read: White ones for everyone; all for SECAS, Panel, Change Board, Authority. */
    @GET
    @Path("{reference}/documents")
    public List<DocumentSummary> documents(@PathParam("reference") String reference) {
        return caseDocuments.list(viewer(), reference);
    }

    /** One document's bytes, with its SHA-256 in {@code X-Content-SHA256}; one the caller may not read is a 404. */
    @GET
    @Path("{reference}/documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("reference") String reference, @PathParam("id") long id) {
        DocumentFile file = caseDocuments.download(viewer(), reference, id);
        return Response.ok(file.content(), Attachments.contentType(file.fileName()))
                .header("Content-Disposition", Attachments.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", file.sha256()).build();
    }

    /** Upcoming key dates of the public register as an iCalendar feed (subscribe to it in a calendar). */
    @GET
    @Path("key-dates.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response keyDates() {
        Instant now = clock.instant();
        return Response.ok(RegisterFeeds.calendar(register.upcomingKeyDates(now, FEED_SIZE), caseUrl(), now))
                .type("text/calendar; charset=UTF-8").build();
    }

    /** The latest updates of the public register as an Atom feed. */
    @GET
    @Path("updates.atom")
    @PermitAll
    @Produces("application/atom+xml")
    public Response updates() {
        return Response.ok(RegisterFeeds.atom(register.latestUpdates(FEED_SIZE),
                uriInfo.getAbsolutePath().toString(), caseUrl(), clock.instant()))
                .type("application/atom+xml; charset=UTF-8").build();
    }

    private String caseUrl() {
        return uriInfo.getBaseUri().resolve("../../modifications/case.xhtml?ref=").toString();
    }

    // ---- raising -------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "panel", "supplier", "dcc"})
    public Response raise(NewProposal request) {
        Modification m = intake.raiseDraft(newCase(request), actor());
        return created(m);
    }

    /** A Fast-Track Modification Proposal: only the Panel raises one (SECAS records it for the Panel). */
    @POST
    @Path("fast-track")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "panel"})
    public Response raiseFastTrack(NewProposal request) {
        return created(intake.raiseFastTrack(newCase(request), actor()));
    }

    // ---- SECAS: Development and Refinement ------------------------------------------------------

    @POST
    @Path("{reference}/precheck")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail precheck(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(development.completePrecheck(reference, s.leadAnalyst(), s.comments(), date(s), actor()));
    }

    @POST
    @Path("{reference}/csc-comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail cscComment(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(development.recordCscComment(reference, s.comments(), date(s), actor()));
    }

    @POST
    @Path("{reference}/sub-committee-views")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail subCommitteeViews(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(development.recordSubCommitteeViews(reference, s.committee(), s.comments(), date(s), actor()));
    }

    @POST
    @Path("{reference}/problem-statement-agreed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail problemStatementAgreed(@PathParam("reference") String reference, StepRequest step) {
        return detail(development.agreeProblemStatement(reference, date(body(step)), actor()));
    }

    @POST
    @Path("{reference}/refinement-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail refinementEvent(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(refinement.recordEvent(reference, s.what(), s.comments(), date(s), actor()));
    }

    @POST
    @Path("{reference}/refinement-completed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail refinementCompleted(@PathParam("reference") String reference, StepRequest step) {
        return detail(refinement.complete(reference, date(body(step)), actor()));
    }

    // ---- decisions made at meetings -------------------------------------------------------------

    @POST
    @Path("{reference}/conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "panel"})
    public ModificationDetail convert(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(decisions.convert(reference, enumOf(ModificationPath.class, "path", s.path()),
                enumOf(Route.class, "route", s.route()), Boolean.TRUE.equals(s.urgent()), date(s), actor()));
    }

    @POST
    @Path("{reference}/urgency-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "authority"})
    public ModificationDetail urgency(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        if (s.agreed() == null) {
            throw new InvalidModificationRequest("agreed", "Say whether the Authority agreed the case is urgent (true or false).");
        }
        return detail(decisions.decideUrgency(reference, s.agreed(), s.consultationWorkingDays(), s.reason(), date(s),
                actor()));
    }

    @POST
    @Path("{reference}/fast-track-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "panel"})
    public ModificationDetail fastTrackDecision(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(decisions.fastTrackDecision(reference, date(s), votes(s, false), actor()));
    }

    @POST
    @Path("{reference}/report-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "panel"})
    public ModificationDetail approveReport(@PathParam("reference") String reference, StepRequest step) {
        return detail(decisions.approveReport(reference, date(body(step)), actor()));
    }

    @POST
    @Path("{reference}/change-board-vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "changeboard"})
    public ModificationDetail changeBoardVote(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(decisions.changeBoardVote(reference, date(s), votes(s, true), actor()));
    }

    @POST
    @Path("{reference}/authority-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "authority"})
    public ModificationDetail authorityDecision(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(decisions.authorityDecision(reference, enumOf(AuthorityDecision.class, "decision", s.decision()),
                s.reason(), date(s), actor()));
    }

    @POST
    @Path("{reference}/appeal-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "authority"})
    public ModificationDetail appealDecision(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(decisions.appealDecision(reference, enumOf(AuthorityDecision.class, "decision", s.decision()),
                s.reason(), date(s), actor()));
    }

    // ---- challenges, interruptions, implementation ----------------------------------------------

    @POST
    @Path("{reference}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail objection(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(challenges.objection(reference, s.party(), s.reason(), date(s), actor()));
    }

    @POST
    @Path("{reference}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail appeal(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(challenges.appeal(reference, s.party(), s.reason(), date(s), actor()));
    }

    /** The Proposer withdraws: SECAS records it, or a user of the proposing Party does. */
    @POST
    @Path("{reference}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"secas", "supplier", "dcc"})
    public ModificationDetail withdraw(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(interruptions.withdraw(reference, viewer(), s.reason(), date(s)));
    }

    @POST
    @Path("{reference}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail adopt(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(interruptions.adopt(reference, proposer(s.proposerPartyId(), s.proposerPerson(), s.onBehalfOf()),
                date(s), actor()));
    }

    @POST
    @Path("{reference}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail hold(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(interruptions.putOnHold(reference, s.reason(), date(s), actor()));
    }

    @POST
    @Path("{reference}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail resume(@PathParam("reference") String reference, StepRequest step) {
        return detail(interruptions.resume(reference, date(body(step)), actor()));
    }

    @POST
    @Path("{reference}/supersession")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail supersede(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        if (s.supersededBy() == null) {
            throw new InvalidModificationRequest("supersededBy", "Name the case that supersedes this one.");
        }
        return detail(interruptions.supersede(reference, s.supersededBy(), s.reason(), date(s), actor()));
    }

    @POST
    @Path("{reference}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail update(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        return detail(interruptions.recordUpdate(reference, s.comments(), date(s), actor()));
    }

    @POST
    @Path("{reference}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public ModificationDetail chooseRelease(@PathParam("reference") String reference, StepRequest step) {
        StepRequest s = body(step);
        if (s.releaseId() == null) {
            throw new InvalidModificationRequest("releaseId", "Give the id of the SEC Release.");
        }
        return detail(implementation.chooseTarget(reference, s.releaseId(), s.reason(), actor()));
    }

    // ---- mapping -------------------------------------------------------------------------------

    private ModificationDetail detail(Modification m) {
        return ModificationDetail.of(m);
    }

    private Response created(Modification m) {
        return Response.created(uriInfo.getBaseUriBuilder().path("modifications").path(m.reference().toString()).build())
                .entity(ModificationDetail.of(m)).build();
    }

    private ProposalIntake.NewCase newCase(NewProposal request) {
        if (request == null) {
            throw new InvalidModificationRequest("body", "Send a JSON object with title, issue and the proposer.");
        }
        List<InvalidModificationRequest.Violation> problems = new ArrayList<>();
        Set<PartyCategory> impacted = EnumSet.noneOf(PartyCategory.class);
        for (String c : request.impactedCategories() == null ? List.<String>of() : request.impactedCategories()) {
            if (c == null || c.isBlank()) {
                problems.add(new InvalidModificationRequest.Violation("impactedCategories",
                        "impactedCategories has an empty item: name each party category, e.g. LARGE_SUPPLIER."));
                continue;
            }
            try {
                impacted.add(enumOf(PartyCategory.class, "impactedCategories", c));
            } catch (InvalidModificationRequest e) {
                problems.addAll(e.violations());
            }
        }
        CaseContent content = null;
        try {
            content = new CaseContent(request.title(), request.issue(), request.solution(), impacted,
                    request.documentsAffected());
        } catch (InvalidModificationRequest e) {
            problems.addAll(e.violations());
        }
        Proposer proposer = null;
        try {
            proposer = staff() ? proposer(request.proposerPartyId(), request.proposerPerson(), request.onBehalfOf())
                    : ownParty(request.proposerPerson(), request.onBehalfOf());
        } catch (InvalidModificationRequest e) {
            problems.addAll(e.violations());
        }
        LocalDate raisedOn = null;
        Classification classification = null;
        try {
            raisedOn = request.raisedOn() == null ? null : parse("raisedOn", request.raisedOn());
            classification = enumOf(Classification.class, "classification", request.classification());
        } catch (InvalidModificationRequest e) {
            problems.addAll(e.violations());
        }
        if (!problems.isEmpty()) {
            throw new InvalidModificationRequest(problems);
        }
        return new ProposalIntake.NewCase(request.reference(), content, proposer, raisedOn, classification,
                request.alternativeOf());
    }

    private boolean staff() {
        return security.isUserInRole("secas") || security.isUserInRole("panel");
    }

    private Proposer proposer(Long partyId, String person, String onBehalfOf) {
        if (partyId == null) {
            throw new InvalidModificationRequest("proposerPartyId", "Give the id of the proposing Party.");
        }
        Party party = directory.party(partyId).filter(Party::isEnabled).orElseThrow(() ->
                new InvalidModificationRequest("proposerPartyId", "There is no active Party #" + partyId + "."));
        return new Proposer(party.id(), party.name(), person, onBehalfOf);
    }

    /** A Party's user raises for their own Party, as themselves unless they name a colleague. */
    private Proposer ownParty(String person, String onBehalfOf) {
        Party party = callerParty();
        String who = person == null || person.isBlank()
                ? directory.user(actor()).map(UserAccount::displayName).orElse(actor()) : person;
        return new Proposer(party.id(), party.name(), who, onBehalfOf);
    }

    private Party callerParty() {
        return directory.user(actor()).map(UserAccount::party).orElseThrow(jakarta.ws.rs.ForbiddenException::new);
    }

    private Viewer viewer() {
        if (security.getUserPrincipal() == null) {
            return Viewer.PUBLIC;
        }
        Set<String> roles = Stream.of(ROLES).filter(security::isUserInRole).collect(Collectors.toSet());
        Long partyId = directory.user(actor()).map(u -> u.party().id()).orElse(null);
        return new Viewer(actor(), partyId, roles);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static StepRequest body(StepRequest step) {
        return step == null ? StepRequest.EMPTY : step;
    }

    private static LocalDate date(StepRequest s) {
        return parse("date", s.date());
    }

    private static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidModificationRequest(field, field + " is required: the day it happened, as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidModificationRequest(field, field + " must be a date as YYYY-MM-DD, but was '" + value + "'.");
        }
    }

    private static List<MemberVote> votes(StepRequest s, boolean perCategory) {
        if (s.votes() == null) {
            return List.of();
        }
        List<MemberVote> votes = new ArrayList<>();
        for (VoteRequest v : s.votes()) {
            if (v == null) {
                throw new InvalidModificationRequest("votes", "A vote cannot be empty.");
            }
            PartyCategory category = enumOf(PartyCategory.class, "votes", v.category());
            if (!perCategory && category != null) {
                throw new InvalidModificationRequest("votes", "Panel members do not vote for a party category.");
            }
            votes.add(MemberVote.of(v.member(), category, enumOf(Vote.class, "votes", v.vote())));
        }
        return votes;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidModificationRequest(field, "'" + value + "' is not one of " + Stream.of(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
