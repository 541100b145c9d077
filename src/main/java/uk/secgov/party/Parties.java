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

    /** A page of parties in name order. */
    List<Party> page(int first, int size);

    long count();
}
