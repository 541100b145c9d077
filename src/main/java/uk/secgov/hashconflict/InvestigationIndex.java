package uk.secgov.hashconflict;

import java.util.List;
import java.util.Optional;

/** Which investigation holds a submitted row, and which ones challenged an association: how rows find theirs. */
public interface InvestigationIndex {

    /** The investigation deciding this submitted row, if any. */
    Optional<InvestigationRow> rowOf(long rowId);

    /** Every investigation of this challenged association, oldest first. */
    List<ConflictInvestigation> ofAssociation(long challengedAssociationId);
}
