package uk.secgov.signature;

import java.util.Collection;
import java.util.List;

/**
 * Which of the things verified (by their subject, a submission reference such as CPL-2026-000123) are
 * still open cases, so a revoked issuing CA can be reported with the work it affects. This feature owns
 * the question; the feature that owns the cases answers it (the CPL's submissions), and this one never
 * reads or writes their records itself.
 */
public interface OpenVerifiedSubjects {

    /** The subjects among these that are still open, in the order given. */
    List<String> openAmong(Collection<String> subjects);
}
