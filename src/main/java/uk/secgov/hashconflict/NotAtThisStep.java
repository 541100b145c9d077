package uk.secgov.hashconflict;

/**
 * The investigation is not where this step can be taken (a decision before SECAS recommended, a question once it is
 * decided); the message says where it is. Nothing was recorded.
 */
public class NotAtThisStep extends InvestigationRefused {

    public NotAtThisStep(String message) {
        super(message);
    }
}
