package uk.secgov.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How callers prove who they are. Pages: a form login (the login page hands the credential over via
 * {@code SecurityContext.authenticate}) kept in the HTTP session. {@code /api/*}: HTTP Basic on
 * every request, never a session, so a browser's session cookie cannot be used to forge an API call.
 */
@ApplicationScoped
public class SecGovAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String SESSION_CALLER = "uk.secgov.caller";
    public static final String SESSION_TARGET = "uk.secgov.afterLogin";
    /** A request attribute: the words of a throttled sign-in's refusal, for the login page to show. */
    public static final String REFUSAL = "uk.secgov.signInRefusal";
    private static final String API = "/api/";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ActiveCallers activeCallers;

    @Inject
    SignInThrottle throttle;

    @Inject
    Clock clock;

    /** A password check's outcome: signed in, or refused (with the throttle's reason when it holds the caller back). */
    private record Outcome(CredentialValidationResult result, Optional<SignInThrottle.Refusal> refusal) {

        boolean valid() {
            return result != null && result.getStatus() == CredentialValidationResult.Status.VALID;
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = pathOf(request);
        if (path.startsWith(API)) {
            return basic(request, response, context);
        }
        if (path.startsWith(FACES_RESOURCES)) {
            // Public stylesheets, scripts and images: no caller needed, so no look-up of one on each.
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(SESSION_CALLER);
        if (caller != null) {
            Optional<Set<String>> roles = activeCallers.rolesOf(caller);
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(caller, roles.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession(true).setAttribute(SESSION_TARGET, targetOf(request));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request,
            HttpMessageContext context) {
        Outcome outcome = credential instanceof UsernamePasswordCredential password
                ? throttled(password, request) : new Outcome(identityStores.validate(credential), Optional.empty());
        if (!outcome.valid()) {
            outcome.refusal().ifPresent(refusal -> request.setAttribute(REFUSAL, refusal.message(clock.instant())));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = outcome.result();
        HttpSession session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
        } else {
            request.changeSessionId();
        }
        session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        Optional<UsernamePasswordCredential> credential = decodeBasic(header.substring(6).strip());
        if (credential.isPresent()) {
            Outcome outcome = throttled(credential.get(), request);
            if (outcome.valid()) {
                return context.notifyContainerAboutLogin(outcome.result());
            }
            if (outcome.refusal().isPresent()) {
                TooManyAttempts.send(response, outcome.refusal().get(), clock.instant());
                return AuthenticationStatus.SEND_CONTINUE;
            }
        }
        BasicChallenge.send(response, "The username or password is not valid, or the account is disabled.");
        // SEND_CONTINUE: the mechanism has written the whole answer; the container adds nothing to it.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The password check behind the throttle (ADR 0009), the same for the login page and HTTP Basic: a held-back
     * attempt is refused before any password is hashed; a failure is counted; a success clears the username's
     * failures. A remembered password (ADR 0007) is checked only after the throttle, so a lock refuses it too.
     */
    private Outcome throttled(UsernamePasswordCredential credential, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        SignInThrottle.Check check = throttle.before(credential.getCaller(), address);
        if (check.refusal().isPresent()) {
            return new Outcome(null, check.refusal());
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (check.failuresToClear()) {
                throttle.succeeded(credential.getCaller());
            }
            return new Outcome(result, Optional.empty());
        }
        return new Outcome(result, throttle.failed(credential.getCaller(), address));
    }

    static Optional<UsernamePasswordCredential> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String targetOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return pathOf(request) + (query == null ? "" : "?" + query);
    }

    /**
     * The API's answer to a throttled sign-in: 429 with {@code Retry-After} and an RFC 9457 problem body. Not 401,
     * because other credentials would not help: the caller has to wait (or have the lock lifted).
     */
    public static final class TooManyAttempts {

        private TooManyAttempts() {
        }

        public static void send(HttpServletResponse response, SignInThrottle.Refusal refusal, Instant now) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds(now)));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"" + refusal.message(now) + "\",\"retryAfterSeconds\":"
                        + refusal.retryAfterSeconds(now) + ",\"locked\":" + refusal.locked() + "}");
                response.flushBuffer();
            } catch (IOException clientGone) {
                // nothing more can be told to a client that has gone
            }
        }
    }

    /** The 401 answer of the API: a Basic challenge with an RFC 9457 problem body. */
    public static final class BasicChallenge {

        public static final String HEADER = "Basic realm=\"SEC governance\", charset=\"UTF-8\"";

        private BasicChallenge() {
        }

        public static void send(HttpServletResponse response, String detail) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", HEADER);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"" + detail + "\"}");
                response.flushBuffer();
            } catch (IOException clientGone) {
                // nothing more can be told to a client that has gone
            }
        }
    }
}
