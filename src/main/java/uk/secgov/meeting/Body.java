package uk.secgov.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A body that meets and decides: the Panel, the Change Board, the CSC and the sub-committees (SSC, TABASC, SMKI PMA,
 * OPSG). Data, not code: the rows are reference data that a migration adds; a new body is a new row.
 */
@Entity
@Immutable
@Table(name = "governance_body")
public class Body {

    /** The keys of the bodies every installation has (V40). */
    public static final String PANEL = "PANEL";
    public static final String CHANGE_BOARD = "CHANGE_BOARD";

    @Id
    @Column(name = "body_key", length = 20)
    private String key;

    @Column(nullable = false, length = 100)
    private String name;

    protected Body() {
    }

    public static Body of(String key, String name) {
        Body b = new Body();
        b.key = key;
        b.name = name;
        return b;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }
}
