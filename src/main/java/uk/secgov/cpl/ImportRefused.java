package uk.secgov.cpl;

/** An import the register's state does not allow (it already lists Device Models), with the reason. */
public class ImportRefused extends RuntimeException {

    public ImportRefused(String reason) {
        super(reason);
    }
}
