package uk.secgov.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import uk.secgov.platform.rest.Problem;

/**
 * What every answer of the application says about itself, beyond the server's fixed headers
 * (wildfly-config/configure-http.cli):
 * <ul>
 * <li>{@code Cache-Control: no-store} on every API answer and every page (a page shows who is signed in, an
 * API answer what the caller may see), except the public downloads and feeds, the same for everyone, which
 * caches may keep for five minutes; the pages' static resources keep the Faces resource handler's caching.</li>
 * <li>A body over the HTTP limit ({@code HTTP_MAX_POST_BYTES}) is refused with 413 before it is read (a
 * problem for the API), and so is one that turns out larger while it is read (a chunked upload). The server's
 * listener only has a far higher backstop: its own refusal is a bare 400 the caller cannot make sense of.</li>
 * <li>One {@code Content-Security-Policy}, written once in web.xml ({@code primefaces.CSP_POLICY}): sent as it
 * is on every answer, and replaced on a Faces page by PrimeFaces' copy with that page's script nonce (never a
 * second header, which would block the nonce'd scripts).</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ResponsePolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** Public and the same for every caller: a cache may keep them a few minutes. */
    private static final Set<String> PUBLIC_DOWNLOADS = Set.of("/api/v1/cpl/export.csv", "/api/v1/cpl/export.xlsx",
            "/api/v1/cpl/form-template.csv", "/api/v1/cpl/form-template.xlsx", "/api/v1/modifications/key-dates.ics",
            "/api/v1/modifications/updates.atom");

    private final long maxPostBytes = Long.getLong("secgov.http.max-post-bytes", 64L * 1024 * 1024);

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (request.getContentLengthLong() > maxPostBytes) {
            tooLarge(response, api);
            return;
        }
        if (contentSecurityPolicy != null) {
            response.setHeader(CSP, contentSecurityPolicy);
        }
        if (PUBLIC_DOWNLOADS.contains(path)) {
            response.setHeader("Cache-Control", "public, max-age=300");
        } else if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        try {
            chain.doFilter(new LimitedBody(request, maxPostBytes), new OneContentSecurityPolicy(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            tooLarge(response, api);
        }
    }

    /** Whether a failure is the server refusing to read a body over its limit (Undertow's RequestTooBigException). */
    public static boolean isTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge || t.getClass().getSimpleName().equals("RequestTooBigException")
                    || String.valueOf(t.getMessage()).contains("UT000020")) {
                return true;
            }
        }
        return false;
    }

    private void tooLarge(HttpServletResponse response, boolean api) throws IOException {
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        if (!api) {
            response.sendError(413);
            return;
        }
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than the server accepts (" + maxPostBytes + " bytes).\","
                + "\"errors\":[]}").getBytes(StandardCharsets.UTF_8));
    }

    /** A body read past the HTTP limit (one sent without a length, in chunks). */
    static final class BodyTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
        }
    }

    /** Counts what the application reads of a body and stops at the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                private int count(int n) throws IOException {
                    if (n > 0) {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }
                    return n;
                }

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return count(in.read(b, off, len));
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** Lets a page's own policy replace the server's default header instead of adding a second one. */
    private static final class OneContentSecurityPolicy extends HttpServletResponseWrapper {

        OneContentSecurityPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
