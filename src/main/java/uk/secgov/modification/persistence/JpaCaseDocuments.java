package uk.secgov.modification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.modification.CaseDocument;
import uk.secgov.modification.CaseDocumentStore;
import uk.secgov.modification.Classification;
import uk.secgov.modification.DocumentSummary;

@ApplicationScoped
class JpaCaseDocuments implements CaseDocumentStore {

    @PersistenceContext
    EntityManager em;

    @Override
    public CaseDocument add(CaseDocument document) {
        em.persist(document);
        em.flush();
        return document;
    }

    @Override
    public Optional<CaseDocument> byId(long id) {
        return Optional.ofNullable(em.find(CaseDocument.class, id));
    }

    /** A projection, so a list never reads the documents' bytes. */
    @Override
    public List<DocumentSummary> ofCase(long caseId, boolean whiteOnly) {
        var query = em.createQuery("select new uk.secgov.modification.DocumentSummary(d.id, d.title, d.versionNumber,"
                + " d.classification, d.fileName, d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy,"
                + " d.supersedesId, (select n.id from CaseDocument n where n.supersedesId = d.id))"
                + " from CaseDocument d where d.caseId = :case" + (whiteOnly ? " and d.classification = :white" : "")
                + " order by d.id desc", DocumentSummary.class).setParameter("case", caseId);
        if (whiteOnly) {
            query.setParameter("white", Classification.WHITE);
        }
        return query.getResultList();
    }

    @Override
    public boolean isSuperseded(long documentId) {
        return em.createQuery("select count(d) from CaseDocument d where d.supersedesId = :id", Long.class)
                .setParameter("id", documentId).getSingleResult() > 0;
    }
}
