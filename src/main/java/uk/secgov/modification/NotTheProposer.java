package uk.secgov.modification;

import uk.secgov.platform.refusal.Refused;

/**
 * A step only the case's Proposer (or SECAS for them) may take, attempted by someone else: refused by who asks, so
 * the API answers 403; the case page shows it on its form like any refused step.
 */
public class NotTheProposer extends Refused {

    private static final long serialVersionUID = 1L;

    public NotTheProposer(String reason) {
        super(reason);
    }

    @Override
    public boolean byWhoAsks() {
        return true;
    }
}
