package uk.secgov.modification;

/** A step only the case's Proposer (or SECAS for them) may take, attempted by someone else. */
public class NotTheProposer extends RuntimeException {

    public NotTheProposer(String reason) {
        super(reason);
    }
}
