package uk.secgov.cplsubmission.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import uk.secgov.cplsubmission.PanelDelegation;
import uk.secgov.cplsubmission.PanelDelegations;

/**
 * {@code /api/v1/cpl/panel-delegation}: whether SECAS decides associations without a Hash conflict
 * on the Panel's behalf. The Panel sets it; each setting is a dated record and each decision says
 * which applied. SECAS and the Panel can read it.
 */
@Path("/cpl/panel-delegation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PanelDelegationResource {

    /** The setting in force. */
    public record Setting(boolean delegated, Instant since, String setBy, String rationale) {

        static Setting of(PanelDelegation d) {
            return new Setting(d.delegated(), d.at(), d.actor(), d.rationale());
        }
    }

    /** A new setting. */
    public record Change(boolean delegated, String rationale) {
    }

    @Inject
    PanelDelegations delegations;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"panel", "secas"})
    public Setting current() {
        return delegations.delegation().map(Setting::of).orElse(new Setting(false, null, null,
                "The Panel has not delegated any decision."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("panel")
    public Setting set(Change change) {
        if (change == null) {
            throw new uk.secgov.cpl.InvalidCplRequest("delegated", "Send {\"delegated\": true or false, \"rationale\": \"…\"}.");
        }
        return Setting.of(delegations.delegate(change.delegated(), security.getUserPrincipal().getName(),
                change.rationale()));
    }
}
