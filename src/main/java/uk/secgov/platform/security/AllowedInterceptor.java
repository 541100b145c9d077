package uk.secgov.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Checks {@link Allowed} before a use case runs (and before its transaction starts), so a refused call changes
 * nothing whichever adapter made it.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedInterceptor {

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
        callers.require("do this", roles);
        return invocation.proceed();
    }
}
