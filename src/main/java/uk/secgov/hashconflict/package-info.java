/**
 * Hash conflict investigations (Appendix Z 4.3(b)): a submitted row that challenges a Hash on the CPL opens an
 * investigation or joins the open one; SECAS checks the Parties, asks them questions with due dates in Working Days
 * (reminded, escalated, moved when the calendar changes), and recommends; the Panel decides replace or retain.
 * The feature hears of conflicting rows and withdrawals from {@code cplsubmission} ({@code RowsConflict},
 * {@code SubmissionWithdrawn}), answers which rows it decides ({@code RowInvestigations}), and announces its
 * decision ({@code InvestigationDecided}) for the submissions to record on their own rows and the CPL: it reads the
 * submissions (through {@code InvestigatedSubmissions}) and the register but writes no record of theirs. Due dates
 * move when the Working Day calendar changes ({@code RequestRecalculation}). The investigation read whole
 * ({@code InvestigationRecord}) guards every step and returns the records to append; one small service per capability
 * (detection, opening, recommendations, Panel decisions, requests, answers, parties, overdue requests, withdrawals)
 * loads it, applies the verb and appends through {@code InvestigationRecorder}, and {@code InvestigationWorkspace}
 * is what people read.
 */
package uk.secgov.hashconflict;
