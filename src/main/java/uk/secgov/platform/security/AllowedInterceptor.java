package uk.secgov.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Checks {@link Allowed} before a use case runs (and before its transaction starts), so a refused call changes
 * nothing whichever adapter made it. Only the use case an adapter calls is checked: the use cases it calls in turn
 * (a withdrawal closing the investigation it was waiting for) are part of what the caller was allowed to do.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedInterceptor {

    private static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

    @Inject
    Callers callers;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Allowed allowed = method.getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(Allowed.class);
        }
        if (allowed == null) {
            allowed = invocation.getTarget().getClass().getAnnotation(Allowed.class);
        }
        String[] roles = allowed == null ? new String[0] : allowed.value();
        Integer depth = DEPTH.get();
        if (depth == null && !java.util.Arrays.asList(roles).contains(Allowed.ANYONE)) {
            callers.require("do this", roles);
        }
        DEPTH.set(depth == null ? 1 : depth + 1);
        try {
            return invocation.proceed();
        } finally {
            if (depth == null) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }
}
