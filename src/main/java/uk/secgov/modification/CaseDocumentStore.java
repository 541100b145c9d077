package uk.secgov.modification;

import java.util.List;
import java.util.Optional;

/** The documents of cases: added, never changed or removed. */
public interface CaseDocumentStore {

    CaseDocument add(CaseDocument document);

    Optional<CaseDocument> byId(long id);

    /** The case's documents, newest first, without their bytes; only White ones when {@code whiteOnly}. */
    List<DocumentSummary> ofCase(long caseId, boolean whiteOnly);

    /** Whether a later version already supersedes this document. */
    boolean isSuperseded(long documentId);
}
