package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.secgov.party.Directory;
import uk.secgov.party.ManufacturerId;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;

/** Signer parties from the party register. */
@ApplicationScoped
class DirectorySignerParties implements SignerParties {

    @Inject
    Directory directory;

    @Override
    public Optional<SignerParty> byIkiOrganisation(String organisation) {
        return directory.partyByIkiOrganisation(organisation).map(DirectorySignerParties::toSignerParty);
    }

    static SignerParty toSignerParty(Party party) {
        PartyCategory category = party.category();
        SignerParty.Kind kind = category == PartyCategory.MANUFACTURER ? SignerParty.Kind.MANUFACTURER
                : category == PartyCategory.DCC ? SignerParty.Kind.DCC
                : category.isSupplier() ? SignerParty.Kind.SUPPLIER : SignerParty.Kind.OTHER;
        return new SignerParty(party.id(), party.name(), kind, party.manufacturerId().map(ManufacturerId::value),
                party.isEnabled());
    }
}
