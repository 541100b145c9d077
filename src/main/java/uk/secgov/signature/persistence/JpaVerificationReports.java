package uk.secgov.signature.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.signature.VerificationReport;
import uk.secgov.signature.VerificationReports;

@ApplicationScoped
class JpaVerificationReports implements VerificationReports {

    @PersistenceContext
    EntityManager em;

    @Override
    public VerificationReport add(VerificationReport report) {
        em.persist(report);
        em.flush();
        return report;
    }

    @Override
    public Optional<VerificationReport> byId(long id) {
        return Optional.ofNullable(em.find(VerificationReport.class, id));
    }

    @Override
    public List<VerificationReport> of(String subject) {
        return em.createQuery("select r from VerificationReport r where r.subject = :s order by r.verifiedAt desc,"
                + " r.id desc", VerificationReport.class).setParameter("s", subject).getResultList();
    }

    @Override
    public List<String> subjectsSignedUnder(String issuerName) {
        return em.createQuery("select distinct r.subject from VerificationReport r join r.signatures s"
                + " where s.issuer = :issuer order by r.subject", String.class).setParameter("issuer", issuerName)
                .getResultList();
    }
}
