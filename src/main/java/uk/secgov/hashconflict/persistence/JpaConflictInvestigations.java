package uk.secgov.hashconflict.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.hashconflict.ConflictInvestigation;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.InvestigationAppends;
import uk.secgov.hashconflict.InvestigationEvent;
import uk.secgov.hashconflict.InvestigationIndex;
import uk.secgov.hashconflict.InvestigationListing;
import uk.secgov.hashconflict.InvestigationParty;
import uk.secgov.hashconflict.InvestigationRecords;
import uk.secgov.hashconflict.InvestigationRow;
import uk.secgov.hashconflict.RequestAnswer;
import uk.secgov.hashconflict.RequestDueDate;
import uk.secgov.hashconflict.RequestRecords;

/** The investigations in the database: every port of the feature's store, over one persistence context. */
@ApplicationScoped
class JpaConflictInvestigations implements InvestigationAppends, InvestigationRecords, InvestigationIndex,
        RequestRecords, InvestigationListing {

    /** The newest record of the party on the investigation includes it. */
    private static final String INVOLVING = " from ConflictInvestigation i where (:all = true or exists (select p.id"
            + " from InvestigationParty p where p.investigationId = i.id and p.partyId = :party and p.included = true"
            + " and p.id = (select max(q.id) from InvestigationParty q where q.investigationId = i.id"
            + " and q.partyId = :party)))";

    @PersistenceContext
    EntityManager em;

    private <T> T persisted(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('cpl_investigation_number')").getSingleResult())
                .longValue();
    }

    @Override
    public ConflictInvestigation add(ConflictInvestigation investigation) {
        return persisted(investigation);
    }

    @Override
    public InvestigationRow add(InvestigationRow row) {
        return persisted(row);
    }

    @Override
    public InvestigationParty add(InvestigationParty party) {
        return persisted(party);
    }

    @Override
    public InformationRequest add(InformationRequest request) {
        return persisted(request);
    }

    @Override
    public RequestAnswer add(RequestAnswer answer) {
        return persisted(answer);
    }

    @Override
    public InvestigationEvent add(InvestigationEvent event) {
        return persisted(event);
    }

    @Override
    public RequestDueDate add(RequestDueDate dueDate) {
        return persisted(dueDate);
    }

    @Override
    public List<RequestDueDate> dueDates(long investigationId) {
        return em.createQuery("select d from RequestDueDate d where d.requestId in (select r.id from InformationRequest r"
                + " where r.investigationId = :i) order by d.id", RequestDueDate.class)
                .setParameter("i", investigationId).getResultList();
    }

    @Override
    public List<InformationRequest> unanswered() {
        return em.createQuery("select r from InformationRequest r where not exists (select a.id from RequestAnswer a"
                + " where a.requestId = r.id) order by r.id", InformationRequest.class).getResultList();
    }

    @Override
    public Optional<ConflictInvestigation> byId(long id) {
        return Optional.ofNullable(em.find(ConflictInvestigation.class, id));
    }

    @Override
    public Optional<ConflictInvestigation> byReference(String reference) {
        return em.createQuery("select i from ConflictInvestigation i where i.reference = :r", ConflictInvestigation.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public List<ConflictInvestigation> ofAssociation(long challengedAssociationId) {
        return em.createQuery("select i from ConflictInvestigation i where i.challengedAssociationId = :a order by"
                + " i.round", ConflictInvestigation.class).setParameter("a", challengedAssociationId).getResultList();
    }

    @Override
    public Optional<InvestigationRow> rowOf(long rowId) {
        return em.createQuery("select r from InvestigationRow r where r.rowId = :r", InvestigationRow.class)
                .setParameter("r", rowId).getResultStream().findFirst();
    }

    @Override
    public List<InvestigationRow> rows(long investigationId) {
        return em.createQuery("select r from InvestigationRow r where r.investigationId = :i order by r.id",
                InvestigationRow.class).setParameter("i", investigationId).getResultList();
    }

    @Override
    public List<InvestigationParty> parties(long investigationId) {
        return em.createQuery("select p from InvestigationParty p where p.investigationId = :i order by p.id",
                InvestigationParty.class).setParameter("i", investigationId).getResultList();
    }

    @Override
    public List<InformationRequest> requests(long investigationId) {
        return em.createQuery("select r from InformationRequest r where r.investigationId = :i order by r.id",
                InformationRequest.class).setParameter("i", investigationId).getResultList();
    }

    @Override
    public Optional<InformationRequest> request(long requestId) {
        return Optional.ofNullable(em.find(InformationRequest.class, requestId));
    }

    @Override
    public List<RequestAnswer> answers(long investigationId) {
        return em.createQuery("select a from RequestAnswer a where a.requestId in (select r.id from InformationRequest r"
                + " where r.investigationId = :i) order by a.id", RequestAnswer.class)
                .setParameter("i", investigationId).getResultList();
    }

    @Override
    public Optional<RequestAnswer> answer(long requestId) {
        return em.createQuery("select a from RequestAnswer a where a.requestId = :r", RequestAnswer.class)
                .setParameter("r", requestId).getResultStream().findFirst();
    }

    @Override
    public List<InvestigationEvent> events(long investigationId) {
        return em.createQuery("select e from InvestigationEvent e where e.investigationId = :i order by e.id",
                InvestigationEvent.class).setParameter("i", investigationId).getResultList();
    }

    @Override
    public List<ConflictInvestigation> page(Long partyId, int first, int size) {
        return em.createQuery("select i" + INVOLVING + " order by i.openedAt desc, i.id desc", ConflictInvestigation.class)
                .setParameter("all", partyId == null).setParameter("party", partyId == null ? -1L : partyId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(Long partyId) {
        return em.createQuery("select count(i)" + INVOLVING, Long.class).setParameter("all", partyId == null)
                .setParameter("party", partyId == null ? -1L : partyId).getSingleResult();
    }
}
