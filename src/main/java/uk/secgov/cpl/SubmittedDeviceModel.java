package uk.secgov.cpl;

/**
 * A Device Model as a submitted row describes it, with the submission that asks to list it: what the register needs
 * to list a new model. Implemented by the {@code cplsubmission} feature's rows, so that the register does not depend
 * on the submissions.
 */
public interface SubmittedDeviceModel {

    long submissionId();

    /** The Device Model as the row describes it ({@link DeviceModelRow#description()}). */
    DeviceModelDescription description();
}
