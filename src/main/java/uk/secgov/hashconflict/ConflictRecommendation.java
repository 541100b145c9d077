package uk.secgov.hashconflict;

import uk.secgov.hashconflict.InvestigationEvent.Outcome;

/**
 * SECAS's recommendation as given, not yet checked: replace or retain, the requested Hash a replace makes current
 * (blank when every row requests the same one) and the reasons. {@link InvestigationRecord#recommend} checks it.
 */
public record ConflictRecommendation(Outcome outcome, String imageHash, String reasons) {
}
