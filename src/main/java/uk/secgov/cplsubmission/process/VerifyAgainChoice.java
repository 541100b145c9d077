package uk.secgov.cplsubmission.process;

import uk.secgov.inbox.TaskFieldsRefused;

/** SECAS's completed "verify again" task: verify now that a current CRL is loaded, or reject with a reason. */
record VerifyAgainChoice(boolean verify, String reason) {

    static VerifyAgainChoice of(TaskFields fields) {
        String action = fields.text("action");
        if (!"verify".equals(action) && !"reject".equals(action)) {
            throw new TaskFieldsRefused("Say action = verify (a current CRL is loaded) or action = reject.");
        }
        if ("reject".equals(action) && !fields.has("reason")) {
            throw new TaskFieldsRefused("Give the reason for rejecting it.");
        }
        return new VerifyAgainChoice("verify".equals(action), fields.text("reason"));
    }
}
