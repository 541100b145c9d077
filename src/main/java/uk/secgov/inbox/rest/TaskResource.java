package uk.secgov.inbox.rest;

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
import java.util.Map;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.platform.rest.Page;

/** {@code /api/v1/tasks}: the caller's open tasks, and claiming, unclaiming and completing one. */
@Path("/tasks")
@RequestScoped
@RolesAllowed({"secas", "panel", "changeboard", "supplier", "dcc", "manufacturer", "authority", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @Context
    SecurityContext security;

    @GET
    public Page<InboxTask> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        InboxCaller caller = caller();
        return Page.of(first, size, () -> inbox.count(caller), (from, pageSize) -> inbox.tasks(caller, from, pageSize));
    }

    @GET
    @Path("{id}")
    public InboxTask one(@PathParam("id") String id) {
        return inbox.task(caller(), id);
    }

    @POST
    @Path("{id}/claim")
    public InboxTask claim(@PathParam("id") String id) {
        return inbox.claim(caller(), id);
    }

    @POST
    @Path("{id}/unclaim")
    public InboxTask unclaim(@PathParam("id") String id) {
        return inbox.unclaim(caller(), id);
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, Map<String, Object> fields) {
        inbox.complete(caller(), id, fields == null ? Map.of() : fields);
        return Response.noContent().build();
    }

    private InboxCaller caller() {
        return InboxCaller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
