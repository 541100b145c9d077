/**
 * CPL submissions (Appendix Z 4.2 and 4.3): a Supplier or the DCC sends a signed submission form; it is read and its
 * signatures verified, each row meets the rules (4.3(b) and (c)), SECAS reviews and recommends, the Panel decides (or
 * SECAS under the Panel's delegation), and the associations decided are added to the register; the submitter
 * follows it all and may withdraw before the decision. Each step is a small use case that loads the submission whole
 * ({@code SubmissionRecord}), calls one of its guarded verbs and appends what it returns; the rules are a pure
 * function ({@code SubmissionRules}). Rows in conflict with the CPL are announced
 * ({@code RowsConflict}) for the {@code hashconflict} feature to investigate; this feature owns the types that
 * feature answers in ({@code RowInvestigations}, {@code InvestigationDecided}) and records the outcomes on its own
 * rows. It answers the register's {@code SubmissionReferences} and the signature feature's
 * {@code OpenVerifiedSubjects}.
 */
package uk.secgov.cplsubmission;
