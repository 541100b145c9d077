package uk.secgov.hashconflict;

/**
 * A step says too little or too much to be recorded (no outcome, no reasons, a Hash no row requests, a question to a
 * party that is not involved); the message says what to give. Nothing was recorded.
 */
public class IncompleteStep extends InvestigationRefused {

    public IncompleteStep(String message) {
        super(message);
    }
}
