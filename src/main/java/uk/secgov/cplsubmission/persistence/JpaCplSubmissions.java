package uk.secgov.cplsubmission.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.CplSubmissions;
import uk.secgov.cplsubmission.PanelDelegation;
import uk.secgov.cplsubmission.RowDecision;
import uk.secgov.cplsubmission.SubmissionEvent;
import uk.secgov.cplsubmission.SubmissionViewer;
import uk.secgov.cplsubmission.SubmittedRow;

@ApplicationScoped
class JpaCplSubmissions implements CplSubmissions {

    private static final String VISIBLE = " from CplSubmission s where (:all = true or s.submittingPartyId = :party"
            + " or exists (select r.id from SubmittedRow r where r.submissionId = s.id"
            + " and r.description.manufacturerId = :mid))";

    @PersistenceContext
    EntityManager em;

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('cpl_submission_number')").getSingleResult()).longValue();
    }

    private <T> T persisted(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public CplSubmission add(CplSubmission submission) {
        return persisted(submission);
    }

    @Override
    public SubmissionEvent add(SubmissionEvent event) {
        return persisted(event);
    }

    @Override
    public SubmittedRow add(SubmittedRow row) {
        return persisted(row);
    }

    @Override
    public RowDecision add(RowDecision decision) {
        return persisted(decision);
    }

    @Override
    public PanelDelegation add(PanelDelegation delegation) {
        return persisted(delegation);
    }

    @Override
    public Optional<CplSubmission> byId(long id) {
        return Optional.ofNullable(em.find(CplSubmission.class, id));
    }

    @Override
    public Optional<CplSubmission> byReference(String reference) {
        return em.createQuery("select s from CplSubmission s where s.reference = :r", CplSubmission.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public List<SubmissionEvent> events(long submissionId) {
        return em.createQuery("select e from SubmissionEvent e where e.submissionId = :s order by e.at, e.id",
                SubmissionEvent.class).setParameter("s", submissionId).getResultList();
    }

    @Override
    public java.util.Map<Long, SubmissionEvent> latestEvents(java.util.Collection<Long> submissionIds) {
        java.util.Map<Long, SubmissionEvent> latest = new java.util.HashMap<>();
        if (submissionIds.isEmpty()) {
            return latest;
        }
        em.createQuery("select e from SubmissionEvent e where e.submissionId in :ids and e.id = (select max(n.id) from"
                + " SubmissionEvent n where n.submissionId = e.submissionId)", SubmissionEvent.class)
                .setParameter("ids", submissionIds).getResultList().forEach(e -> latest.put(e.submissionId(), e));
        return latest;
    }

    @Override
    public List<SubmittedRow> rows(long submissionId) {
        return em.createQuery("select r from SubmittedRow r where r.submissionId = :s order by r.rowNumber",
                SubmittedRow.class).setParameter("s", submissionId).getResultList();
    }

    @Override
    public Optional<SubmittedRow> row(long rowId) {
        return Optional.ofNullable(em.find(SubmittedRow.class, rowId));
    }

    @Override
    public List<RowDecision> decisions(long submissionId) {
        return em.createQuery("select d from RowDecision d where d.rowId in (select r.id from SubmittedRow r where"
                + " r.submissionId = :s) order by d.at, d.id", RowDecision.class).setParameter("s", submissionId)
                .getResultList();
    }

    @Override
    public Optional<PanelDelegation> currentDelegation() {
        return em.createQuery("select d from PanelDelegation d order by d.at desc, d.id desc", PanelDelegation.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private <T> TypedQuery<T> visibleQuery(String jpql, Class<T> type, SubmissionViewer viewer) {
        return em.createQuery(jpql, type)
                .setParameter("all", viewer.seesAll())
                .setParameter("party", viewer.submittingPartyId() == null ? -1L : viewer.submittingPartyId())
                // No manufacturer: null, which no row's identifier equals.
                .setParameter("mid", viewer.manufacturerId());
    }

    @Override
    public List<CplSubmission> visible(SubmissionViewer viewer, int first, int size) {
        return visibleQuery("select s" + VISIBLE + " order by s.receivedAt desc, s.id desc", CplSubmission.class,
                viewer).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countVisible(SubmissionViewer viewer) {
        return visibleQuery("select count(s)" + VISIBLE, Long.class, viewer).getSingleResult();
    }

    @Override
    public boolean isVisible(SubmissionViewer viewer, long submissionId) {
        return visibleQuery("select count(s)" + VISIBLE + " and s.id = :id", Long.class, viewer)
                .setParameter("id", submissionId).getSingleResult() > 0;
    }
}
