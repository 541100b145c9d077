package uk.secgov.hashconflict;

import uk.secgov.hashconflict.InvestigationEvent.Outcome;

/**
 * The Panel's decision as given, not yet checked: replace or retain, the requested Hash a replace makes current
 * (blank when every row requests the same one) and the rationale. {@link InvestigationRecord#decide} checks it.
 */
public record ConflictDecision(Outcome outcome, String imageHash, String rationale) {
}
