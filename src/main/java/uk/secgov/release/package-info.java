/**
 * The SEC Release calendar: the releases that implement approved modifications (three scheduled a
 * year, February, June and November, usually on a Thursday, plus ad hoc ones), kept as data that
 * SECAS edits: proposed, confirmed, moved (with the reason, e.g. the Authority's consent),
 * implemented or cancelled. Every change is an append-only {@link uk.secgov.release.ReleaseEvent}
 * on the release's history.
 *
 * <p>A feature of its own rather than part of {@code calendar}: a release is a governance record
 * with its own lifecycle, owner (SECAS, not the administrator) and history, whereas the Working Day
 * calendar is arithmetic over days that every feature asks. The modification feature uses both; a
 * move fires {@link uk.secgov.release.ReleaseMoved} (inside the transaction that records it) so that
 * cases targeting the release can record it.
 */
package uk.secgov.release;
