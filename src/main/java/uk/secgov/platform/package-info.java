/**
 * Technical wiring only: the embedded process engine, database migrations, the REST application,
 * Faces settings and the security glue. No business rule lives here; features depend on it, and
 * it depends on no feature.
 */
package uk.secgov.platform;
