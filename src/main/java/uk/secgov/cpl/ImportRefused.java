package uk.secgov.cpl;

import uk.secgov.platform.refusal.Refused;

/** An import the register's state does not allow (it already lists Device Models), with the reason. */
public class ImportRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public ImportRefused(String reason) {
        super(reason);
    }
}
