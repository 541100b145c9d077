package uk.secgov.cpl;

import java.time.LocalDate;
import java.util.List;

/**
 * A Device Model as a submitted row describes it, with the submission that asks to list it: what the register needs
 * to list a new model. Implemented by the {@code cplsubmission} feature's rows, so that the register does not depend
 * on the submissions.
 */
public interface SubmittedDeviceModel {

    long submissionId();

    DeviceType deviceType();

    String manufacturerId();

    String manufacturerName();

    String modelId();

    String modelName();

    String hardwareVersion();

    String firmwareVersion();

    String specificationVersion();

    String gbcsVersion();

    String cpaCertificate();

    LocalDate cpaExpiry();

    LocalDate cpaRenewal();

    List<Long> upgradeFrom();
}
