/**
 * What the unit tests of every feature share in place of the server: record ids as the database would give them
 * ({@link uk.secgov.testing.Ids}), a clock the test moves ({@link uk.secgov.testing.SettableClock}) and events
 * delivered at once to the observers a test wires ({@link uk.secgov.testing.SyncEvent}). A feature's own world
 * (its in-memory stores and services wired together) lives beside its tests.
 */
package uk.secgov.testing;
