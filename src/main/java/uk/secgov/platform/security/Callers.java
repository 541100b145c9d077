package uk.secgov.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Who is calling, for the use cases. On a thread that serves an HTTP request (a page or the API) it is the
 * signed-in person with the roles their account has now (a name with no active account is nobody), or an anonymous
 * visitor. Elsewhere (the process engine's job threads, timers, start-up), and inside a process step (see
 * {@link #asSystem}), it is the application itself.
 */
@ApplicationScoped
public class Callers {

    private static final ThreadLocal<Boolean> SERVING_A_REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<Integer> SYSTEM_DEPTH = new ThreadLocal<>();

    @Inject
    SecurityContext security;

    @Inject
    ActiveCallers activeCallers;

    public Caller current() {
        if (actingAsSystem() || !Boolean.TRUE.equals(SERVING_A_REQUEST.get())) {
            return Caller.SYSTEM;
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        // A request no mechanism authenticated may still carry the server's own "anonymous" principal (on a resource
        // without a role fence): only a name with an active account is a signed-in person.
        Optional<Set<String>> roles = activeCallers.rolesOf(principal.getName());
        return roles.map(r -> Caller.person(principal.getName(), r)).orElse(Caller.ANONYMOUS);
    }

    /** Refuses the current caller unless {@link Caller#mayCall} lets them in; the message says what they tried. */
    public Caller require(String what, String... allowed) {
        Caller caller = current();
        if (!caller.mayCall(allowed)) {
            throw refusal(caller, what);
        }
        return caller;
    }

    public static NotAllowed refusal(Caller caller, String what) {
        return caller.signedIn()
                ? new NotAllowed("Your role does not allow you to " + what + ".")
                : new NotAllowed("Sign in to " + what + ".", true);
    }

    /**
     * Runs work as the application itself: what a process step does on a person's behalf was allowed when they moved
     * the process (completing a task they may complete).
     */
    public static <T> T asSystem(Callable<T> work) throws Exception {
        Integer depth = SYSTEM_DEPTH.get();
        SYSTEM_DEPTH.set(depth == null ? 1 : depth + 1);
        try {
            return work.call();
        } finally {
            if (depth == null) {
                SYSTEM_DEPTH.remove();
            } else {
                SYSTEM_DEPTH.set(depth);
            }
        }
    }

    static boolean actingAsSystem() {
        Integer depth = SYSTEM_DEPTH.get();
        return depth != null && depth > 0;
    }

    /** Called when this thread starts serving an HTTP request ({@code true}) and when it is done ({@code false}). */
    static void servingARequest(boolean serving) {
        if (serving) {
            SERVING_A_REQUEST.set(Boolean.TRUE);
        } else {
            SERVING_A_REQUEST.remove();
        }
    }
}
