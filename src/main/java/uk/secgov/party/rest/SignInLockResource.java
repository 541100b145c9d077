package uk.secgov.party.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Locale;
import uk.secgov.party.SignInFailures;
import uk.secgov.party.SignInLocks;
import uk.secgov.party.ThrottleSubject;
import uk.secgov.platform.rest.Page;

/**
 * {@code /api/v1/sign-in-locks}: usernames (known or not) and source addresses locked after repeated failed
 * sign-ins (ADR 0009), and lifting a lock, for administrators.
 */
@Path("/sign-in-locks")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class SignInLockResource {

    /** A lock in force as the API shows it. {@code kind} is {@code username} or {@code address}. */
    public record SignInLockSummary(String kind, String subject, int failures, Instant lockedUntil,
            Instant lastFailureAt) {

        static SignInLockSummary of(SignInFailures record) {
            return new SignInLockSummary(record.subject().kind().name().toLowerCase(Locale.ROOT),
                    record.subject().value(), record.failures(), record.lockedUntil().orElse(null),
                    record.lastFailureAt().orElse(null));
        }
    }

    @Inject
    SignInLocks locks;

    @Context
    SecurityContext security;

    @GET
    public Page<SignInLockSummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(first, size, locks::countInForce,
                (from, pageSize) -> locks.inForce(from, pageSize).stream().map(SignInLockSummary::of).toList());
    }

    @DELETE
    @Path("usernames/{username}")
    public SignInLockSummary liftUsername(@PathParam("username") String username) {
        return lift(ThrottleSubject.username(username));
    }

    @DELETE
    @Path("addresses/{address}")
    public SignInLockSummary liftAddress(@PathParam("address") String address) {
        return lift(ThrottleSubject.address(address));
    }

    private SignInLockSummary lift(ThrottleSubject subject) {
        return SignInLockSummary.of(locks.lift(subject, security.getUserPrincipal().getName()));
    }
}
