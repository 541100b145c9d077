package uk.secgov.release.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.secgov.platform.rest.Page;
import uk.secgov.release.InvalidReleaseRequest;
import uk.secgov.release.ReleaseCalendar;
import uk.secgov.release.ReleaseEvent;
import uk.secgov.release.ReleaseKind;
import uk.secgov.release.SecRelease;

/** {@code /api/v1/releases}: the SEC Release calendar, public to read, kept by SECAS. */
@Path("/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("secas")
public class ReleaseResource {

    /** A release as the API shows it, with its history oldest first. */
    public record ReleaseSummary(long id, String name, String kind, String status, LocalDate plannedDate,
            LocalDate originalDate, LocalDate actualDate, List<ReleaseHistoryEntry> history) {

        static ReleaseSummary of(SecRelease r) {
            return new ReleaseSummary(r.id(), r.name(), r.kind().name(), r.status().name(), r.plannedDate(),
                    r.originalDate(), r.actualDate().orElse(null),
                    r.events().stream().map(ReleaseHistoryEntry::of).toList());
        }
    }

    /** One step of a release's history. */
    public record ReleaseHistoryEntry(String kind, LocalDate fromDate, LocalDate toDate, String reason,
            Instant recordedAt, String recordedBy) {

        static ReleaseHistoryEntry of(ReleaseEvent e) {
            return new ReleaseHistoryEntry(e.kind().name(), e.fromDate().orElse(null), e.toDate().orElse(null),
                    e.reason().orElse(null), e.recordedAt(), e.recordedBy());
        }
    }

    /** The body of {@code POST /releases}. */
    public record NewRelease(String name, String kind, String plannedDate) {
    }

    /** The body of a move ({@code date}, {@code reason}), an implementation ({@code date}) or a cancellation ({@code reason}). */
    public record ReleaseChange(String date, String reason) {
    }

    /** The body of {@code POST /releases/proposals}. */
    public record ProposalRequest(Integer years) {
    }

    @Inject
    ReleaseCalendar calendar;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    public Page<ReleaseSummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(first, size, calendar::count,
                (from, pageSize) -> calendar.page(from, pageSize).stream().map(ReleaseSummary::of).toList());
    }

    @GET
    @Path("{id}")
    @PermitAll
    public ReleaseSummary one(@PathParam("id") long id) {
        return ReleaseSummary.of(calendar.byId(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewRelease request) {
        if (request == null) {
            throw new InvalidReleaseRequest("body", "Send a JSON object with name, kind (SCHEDULED or AD_HOC) and plannedDate.");
        }
        SecRelease release = calendar.create(request.name(), kindOf(request.kind()),
                dateOf("plannedDate", request.plannedDate()), actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(release.id())).build())
                .entity(ReleaseSummary.of(release)).build();
    }

    @POST
    @Path("{id}/confirm")
    public ReleaseSummary confirm(@PathParam("id") long id) {
        return ReleaseSummary.of(calendar.confirm(id, actor()));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReleaseSummary move(@PathParam("id") long id, ReleaseChange change) {
        ReleaseChange body = change == null ? new ReleaseChange(null, null) : change;
        return ReleaseSummary.of(calendar.move(id, dateOf("date", body.date()), body.reason(), actor()));
    }

    @POST
    @Path("{id}/implemented")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReleaseSummary implemented(@PathParam("id") long id, ReleaseChange change) {
        return ReleaseSummary.of(calendar.recordImplemented(id, dateOf("date", change == null ? null : change.date()),
                actor()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReleaseSummary cancel(@PathParam("id") long id, ReleaseChange change) {
        return ReleaseSummary.of(calendar.cancel(id, change == null ? null : change.reason(), actor()));
    }

    /** Proposes the scheduled releases of the usual pattern for the next {@code years} years; answers those added. */
    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ReleaseSummary> propose(ProposalRequest request) {
        if (request == null || request.years() == null) {
            throw new InvalidReleaseRequest("years", "Say how many years ahead to propose, e.g. {\"years\":2}.");
        }
        return calendar.proposeScheduled(request.years(), actor()).stream().map(ReleaseSummary::of).toList();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static ReleaseKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ReleaseKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidReleaseRequest("kind", "The kind must be SCHEDULED or AD_HOC, but was '" + kind + "'.");
        }
    }

    private static LocalDate dateOf(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidReleaseRequest(field, field + " is required: a date as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidReleaseRequest(field, field + " must be a date as YYYY-MM-DD, but was '" + value + "'.");
        }
    }
}
