package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.secgov.platform.security.Allowed;

/** Registering and disabling parties (administrators only). */
@ApplicationScoped
@Transactional
public class PartyAdministration {

    /** What an administrator fills in to register a party. */
    public record PartyRegistration(String name, PartyCategory category, String ikiSubjectOrganisation,
            String manufacturerId) {
    }

    @Inject
    Parties parties;

    @Inject
    UserAccounts users;

    @Inject
    Clock clock;

    @Allowed("admin")
    public Party register(PartyRegistration request, String actor) {
        Party party = Party.register(request.name(), request.category(), request.ikiSubjectOrganisation(),
                request.manufacturerId(), actor, clock.instant());
        if (parties.byName(party.name()).isPresent()) {
            throw new DuplicateName("name", party.name());
        }
        party.ikiSubjectOrganisation().filter(parties::existsWithIkiSubjectOrganisation).ifPresent(o -> {
            throw new DuplicateName("ikiSubjectOrganisation", o);
        });
        party.manufacturerId().filter(parties::existsWithManufacturerId).ifPresent(m -> {
            throw new DuplicateName("manufacturerId", m.value());
        });
        return parties.add(party);
    }

    /** Disables a party; administrators cannot disable their own, which would lock them out. */
    @Allowed("admin")
    public Party disable(long partyId, String actor) {
        Party party = parties.byId(partyId).orElseThrow(() -> new UnknownParty("party", partyId));
        if (users.byUsername(actor).filter(u -> u.party().id().equals(party.id())).isPresent()) {
            throw new InvalidPartyData("party", "'" + party.name() + "' is your own party: disabling it would lock you out");
        }
        party.disable(actor, clock.instant());
        return party;
    }
}
