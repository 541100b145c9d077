package uk.secgov.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a use case (an application service method), checked by {@link AllowedInterceptor} whatever adapter
 * calls it: a page, the API, a process step or a scheduler. The values are role names ({@code "secas"},
 * {@code "panel"}, ...), {@link #SIGNED_IN}, {@link #ANYONE} or {@link #SYSTEM}. The application itself (a process
 * step, a timer, start-up) may call every use case: what a process does was allowed when a person moved it.
 * Finer rules (the caller's party, the record's state) are the method's own, on {@link Callers#current()}.
 * ADR 0008 says why.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    /** Anyone, signed in or not (reading the public registers). */
    String ANYONE = "anyone";

    /** Any signed-in person, whatever their role. */
    String SIGNED_IN = "signed-in";

    /** Only the application itself: process steps, timers, schedulers, start-up. No person, whatever their role. */
    String SYSTEM = "system";

    @Nonbinding
    String[] value();
}
