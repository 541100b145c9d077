/**
 * The one vocabulary every feature refuses in: an invalid request (every violation, each naming its field), a refusal
 * of the record's state, and an unknown record. Features extend these types; the API answers each the same way
 * ({@code platform.rest.RefusalProblems}) and pages show each the same way ({@code platform.web.PageAction}). Knows no
 * adapter, so feature roots may depend on it.
 */
package uk.secgov.platform.refusal;
