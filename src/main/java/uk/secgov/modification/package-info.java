/**
 * The modification lifecycle: a change to the SEC from Draft Proposal ({@code DP168}) through
 * Development, the Panel's conversion into a Modification Proposal ({@code MP168}) on a path (1, 2,
 * 3 or Fast-Track), Refinement, the Report Phase, the Change Board and the decision, to its
 * implementation in a SEC Release. The {@link uk.secgov.modification.Modification case} guards every
 * change and appends it to its dated timeline; decisions made at meetings carry the meeting date and
 * every deadline computed from them is kept as a {@link uk.secgov.modification.KeyDate key date} with
 * the explanation of how it was computed (Working Days from {@code uk.secgov.calendar}, releases from
 * {@code uk.secgov.release}). When the Working Day calendar changes or a release moves, open deadlines
 * are recomputed and the change recorded on each affected case. The process (who does what, when)
 * is {@code bpmn/modification-lifecycle.bpmn}, driven by the {@code process} adapter from the
 * {@link uk.secgov.modification.ModificationChanged} events the services fire. The steps a person
 * records are one catalogue, {@link uk.secgov.modification.CaseStep}, which the case page, the driver
 * and the step guard all read.
 */
package uk.secgov.modification;
