/**
 * What every page shares: CDI for Faces, sign-in and sign-out, one way to run an action and show its refusal
 * ({@code PageAction}), the pages for refused callers and expired forms, database-paged tables, UK dates and the
 * one date converter, and the response policy (the Content-Security-Policy, caching, body limits) written on every
 * answer.
 */
package uk.secgov.platform.web;
