package uk.secgov.cplsubmission;

import uk.secgov.party.ManufacturerId;

/**
 * Who is looking at submissions, and so which they see: SECAS and the Panel see all; a Supplier or
 * the DCC sees those its own party submitted; a manufacturer those whose form names it as the image
 * creator. Anyone else sees none. Unknown and unseen submissions look the same: not found.
 */
public record SubmissionViewer(String username, Long submittingPartyId, boolean seesAll,
        ManufacturerId manufacturerId) {

    public static SubmissionViewer nobody(String username) {
        return new SubmissionViewer(username, null, false, null);
    }

    public boolean sees(CplSubmission submission, java.util.List<SubmittedRow> rows) {
        return seesAll || (submittingPartyId != null && submittingPartyId == submission.submittingPartyId())
                || (manufacturerId != null && rows.stream().anyMatch(r -> r.manufacturerId().equals(manufacturerId)));
    }
}
