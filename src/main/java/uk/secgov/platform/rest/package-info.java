/**
 * The REST application ({@code /api/v1}) and what every feature's API shares: one page of a list, RFC 9457
 * problems, and the one set of exception mappers: every feature's refusals by their kind ({@code RefusalProblems}),
 * the framework's own refusals and the unexpected.
 */
package uk.secgov.platform.rest;
