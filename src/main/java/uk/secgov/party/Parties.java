package uk.secgov.party;

import java.util.List;
import java.util.Optional;

/** The register of parties. */
public interface Parties {

    Party add(Party party);

    Optional<Party> byId(long id);

    Optional<Party> byName(String name);

    boolean existsWithIkiSubjectOrganisation(String organisation);

    Optional<Party> byIkiSubjectOrganisation(String organisation);

    boolean existsWithManufacturerId(ManufacturerId manufacturerId);

    /** The manufacturer registered with this Manufacturer Identifier (it is unique), if any. */
    Optional<Party> byManufacturerId(ManufacturerId manufacturerId);

    /** Every party, enabled or not, in name order. */
    List<Party> all();

    /** The enabled parties in name order. */
    List<Party> enabled();

    /** The parties of one category, enabled or not, in name order. */
    List<Party> inCategory(PartyCategory category);

    /** A page of parties in name order. */
    List<Party> page(int first, int size);

    long count();
}
