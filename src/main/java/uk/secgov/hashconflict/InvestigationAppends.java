package uk.secgov.hashconflict;

/** Where what happens to investigations is added: nothing stored is ever changed or removed. */
public interface InvestigationAppends {

    /** The next investigation number, never handed out twice (a database sequence). */
    long nextNumber();

    ConflictInvestigation add(ConflictInvestigation investigation);

    InvestigationRow add(InvestigationRow row);

    InvestigationParty add(InvestigationParty party);

    InformationRequest add(InformationRequest request);

    RequestAnswer add(RequestAnswer answer);

    InvestigationEvent add(InvestigationEvent event);

    RequestDueDate add(RequestDueDate dueDate);
}
