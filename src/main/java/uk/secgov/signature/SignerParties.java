package uk.secgov.signature;

import java.util.Optional;

/** Finds the registered party of an IKI certificate by its subject organisation (O=). */
public interface SignerParties {

    Optional<SignerParty> byIkiOrganisation(String organisation);
}
