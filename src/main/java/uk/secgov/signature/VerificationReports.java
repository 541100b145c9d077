package uk.secgov.signature;

import java.util.List;
import java.util.Optional;

/** The stored verification reports (added, never changed). */
public interface VerificationReports {

    VerificationReport add(VerificationReport report);

    Optional<VerificationReport> byId(long id);

    /** Every report on a subject, newest first. */
    List<VerificationReport> of(String subject);

    /** The subjects of every report with a signature whose certificate this CA (by its name) issued. */
    List<String> subjectsSignedUnder(String issuerName);
}
