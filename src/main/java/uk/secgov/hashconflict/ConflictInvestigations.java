package uk.secgov.hashconflict;

import java.util.List;
import java.util.Optional;

/** The stored investigations and everything added to them (nothing is ever changed or removed). */
public interface ConflictInvestigations {

    /** The next investigation number, never handed out twice (a database sequence). */
    long nextNumber();

    ConflictInvestigation add(ConflictInvestigation investigation);

    InvestigationRow add(InvestigationRow row);

    InvestigationParty add(InvestigationParty party);

    InformationRequest add(InformationRequest request);

    RequestAnswer add(RequestAnswer answer);

    InvestigationEvent add(InvestigationEvent event);

    RequestDueDate add(RequestDueDate dueDate);

    Optional<ConflictInvestigation> byId(long id);

    Optional<ConflictInvestigation> byReference(String reference);

    /** Every investigation of this challenged association, oldest first. */
    List<ConflictInvestigation> ofAssociation(long challengedAssociationId);

    /** The investigation deciding this submitted row, if any. */
    Optional<InvestigationRow> rowOf(long rowId);

    List<InvestigationRow> rows(long investigationId);

    /** Oldest first: the newest record per party is in force. */
    List<InvestigationParty> parties(long investigationId);

    List<InformationRequest> requests(long investigationId);

    Optional<InformationRequest> request(long requestId);

    List<RequestAnswer> answers(long investigationId);

    /** The due dates computed again for the investigation's requests, oldest first (the newest is in force). */
    List<RequestDueDate> dueDates(long investigationId);

    /** Every request without an answer, of every investigation, oldest first. */
    List<InformationRequest> unanswered();

    Optional<RequestAnswer> answer(long requestId);

    /** Oldest first. */
    List<InvestigationEvent> events(long investigationId);

    /** Newest first; {@code partyId} null: all, else those the party is (or was) involved in. */
    List<ConflictInvestigation> page(Long partyId, int first, int size);

    long count(Long partyId);
}
