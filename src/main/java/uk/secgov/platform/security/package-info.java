/**
 * Who is calling and whether they may: the authentication mechanism (form login for pages, HTTP Basic for the API),
 * the caller of a use case, {@code @Allowed} and its interceptor (ADR 0008), and the ports {@code party} answers
 * ({@code ActiveCallers}, {@code SignInThrottle}).
 */
package uk.secgov.platform.security;
