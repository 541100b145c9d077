package uk.secgov.hashconflict;

import java.util.List;
import java.util.Optional;

/** The stored records of one investigation, read to put its {@link InvestigationRecord} together. */
public interface InvestigationRecords {

    Optional<ConflictInvestigation> byId(long id);

    Optional<ConflictInvestigation> byReference(String reference);

    List<InvestigationRow> rows(long investigationId);

    /** Oldest first: the newest record per party is in force. */
    List<InvestigationParty> parties(long investigationId);

    List<InformationRequest> requests(long investigationId);

    List<RequestAnswer> answers(long investigationId);

    /** Oldest first. */
    List<InvestigationEvent> events(long investigationId);

    /** The due dates computed again for the investigation's requests, oldest first (the newest is in force). */
    List<RequestDueDate> dueDates(long investigationId);
}
