package uk.secgov.hashconflict;

/**
 * Who is looking at investigations: SECAS and the Panel see all of them (SECAS also runs them); a
 * party's users see those their party is involved in, and of those only their own party's requests.
 */
public record InvestigationViewer(String username, Long partyId, boolean secas, boolean panel) {

    public boolean seesAll() {
        return secas || panel;
    }
}
