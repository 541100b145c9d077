package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.secgov.cpl.SubmissionForm;
import uk.secgov.cpl.SubmissionFormReader;
import uk.secgov.platform.security.Allowed;
import uk.secgov.signature.SignatureVerification;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.SubmissionSignatureCheck.Verdict;

/**
 * A signed submission form checked as a submission would be: the form read and every cell checked,
 * then Appendix Z 4.3(a) on its signatures, with the image creator and the required endorser taken
 * from the form. Stores nothing: used to check before submitting, and by the submission itself.
 */
@ApplicationScoped
public class SignedFormCheck {

    /** The form as read and the verdict on its signatures. */
    public record Result(SubmissionForm form, Verdict verdict) {
    }

    private final SubmissionFormReader reader = new SubmissionFormReader();

    @Inject
    SignatureVerification verification;

    /**
     * @param submittingPartyId the Supplier or DCC party that submits (and so must endorse) it; null
     *     for a manufacturer checking its own signature before passing the form on
     * @throws InvalidForm with every problem in the form, before any signature is looked at
     */
    @Allowed({"supplier", "dcc", "manufacturer"})
    public Result check(byte[] form, byte[] signature, Long submittingPartyId) {
        SubmissionForm read = reader.read(form);
        Expectations expected = submittingPartyId == null
                ? Expectations.beforeSubmission(read.imageCreatorManufacturerId(), read.dccMustEndorse())
                : new Expectations(read.imageCreatorManufacturerId(), submittingPartyId, read.dccMustEndorse());
        return new Result(read, verification.verify(form, signature, expected));
    }
}
