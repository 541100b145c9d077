package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import uk.secgov.platform.security.Allowed;

/**
 * Documents on a case. SECAS uploads them, each with its Panel Information Policy classification; a
 * correction is a new version that supersedes the latest one, never an edit or a deletion. Who reads
 * what: White documents of a case the reader may see are for everyone; Green, Amber and Red ones only
 * for signed-in SECAS, Panel, Change Board and Authority users (who hold them under the Policy).
 */
@ApplicationScoped
@Transactional
public class CaseDocuments {

    /** The roles that read documents above White. */
    static final Set<String> CLASSIFIED_READERS = Set.of("secas", "panel", "changeboard", "authority");

    @Inject
    CaseDocumentStore store;

    @Inject
    Modifications modifications;

    @Inject
    Clock clock;

    public CaseDocuments() {
    }

    public CaseDocuments(CaseDocumentStore store, Modifications modifications, Clock clock) {
        this.store = store;
        this.modifications = modifications;
        this.clock = clock;
    }

    public static boolean readsClassified(Viewer viewer) {
        return CLASSIFIED_READERS.stream().anyMatch(viewer::has);
    }

    /** Stores the upload as the case's document, or as the next version of {@code supersedesId}. */
    @Allowed("secas")
    public CaseDocument upload(String reference, DocumentUpload upload, Long supersedesId, String actor) {
        ModificationReference ref = ModificationReference.parse(reference);
        Modification m = modifications.byReference(ref).orElseThrow(() -> new UnknownModification(ref.toString()));
        CaseDocument previous = null;
        if (supersedesId != null) {
            previous = store.byId(supersedesId).filter(d -> d.caseId() == m.id()).orElseThrow(() ->
                    new InvalidModificationRequest("supersedes", "Document #" + supersedesId + " is not a document of "
                            + m.reference() + "."));
            if (store.isSuperseded(previous.id())) {
                throw new InvalidModificationRequest("supersedes", "Version " + previous.versionNumber() + " of '"
                        + previous.title() + "' is already superseded: a new version supersedes the latest one.");
            }
        }
        return store.add(CaseDocument.of(m.id(), upload, previous, actor, clock.instant()));
    }

    /** The case's documents the viewer may read, newest first; a case they may not see does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.ANYONE)
    public List<DocumentSummary> list(Viewer viewer, String reference) {
        return store.ofCase(visible(viewer, reference).id(), !readsClassified(viewer));
    }

    /** One document's bytes, if the viewer may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.ANYONE)
    public DocumentFile download(Viewer viewer, String reference, long documentId) {
        Modification m = visible(viewer, reference);
        CaseDocument d = store.byId(documentId).filter(doc -> doc.caseId() == m.id())
                .filter(doc -> doc.classification() == Classification.WHITE || readsClassified(viewer))
                .orElseThrow(() -> new UnknownDocument(m.reference().toString(), documentId));
        return new DocumentFile(d.fileName(), d.mediaType(), d.sha256(), d.content());
    }

    private Modification visible(Viewer viewer, String reference) {
        ModificationReference ref = ModificationReference.parse(reference);
        return modifications.byReference(ref).filter(viewer::sees)
                .orElseThrow(() -> new UnknownModification(ref.toString()));
    }
}
