package uk.secgov.modification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import uk.secgov.modification.KeyDate;
import uk.secgov.modification.Modification;
import uk.secgov.modification.TimelineEvent;
import uk.secgov.modification.ModificationReference;
import uk.secgov.modification.Modifications;
import uk.secgov.modification.RegisterQuery;
import uk.secgov.modification.Stage;
import uk.secgov.platform.persistence.LikePatterns;

@ApplicationScoped
class JpaModifications implements Modifications {

    private static final List<Stage> CLOSED = EnumSet.allOf(Stage.class).stream().filter(s -> !s.isOpen()).toList();

    @PersistenceContext
    EntityManager em;

    @Override
    public Modification add(Modification modification) {
        em.persist(modification);
        em.flush();
        return modification;
    }

    @Override
    public Optional<Modification> byId(long id) {
        return Optional.ofNullable(em.find(Modification.class, id));
    }

    @Override
    public Optional<Modification> byReference(ModificationReference reference) {
        return em.createQuery("select m from Modification m where m.number = :number and m.legacy = :legacy",
                Modification.class).setParameter("number", reference.number())
                .setParameter("legacy", reference.isLegacy()).getResultStream().findFirst();
    }

    @Override
    public int nextDraftNumber() {
        Integer max = em.createQuery("select max(m.number) from Modification m where m.legacy = false", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public List<Modification> page(RegisterQuery query, int first, int size) {
        return filtered("select m from Modification m", query, " order by m.raisedOn desc, m.id desc", Modification.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(RegisterQuery query) {
        return filtered("select count(m) from Modification m", query, "", Long.class).getSingleResult();
    }

    @Override
    public List<Modification> withRunningDeadlines() {
        return em.createQuery("select m from Modification m where m.stage not in :closed and (m.withdrawalPending = true"
                + " or m.stage in :running)", Modification.class).setParameter("closed", CLOSED)
                .setParameter("running", List.of(Stage.DRAFT_PROPOSAL, Stage.OBJECTION_WINDOW, Stage.REPORT_CONSULTATION,
                        Stage.APPEAL_WINDOW, Stage.APPEAL, Stage.APPROVED))
                .getResultList();
    }

    private static final String PUBLIC = "m.classification = uk.secgov.modification.Classification.WHITE"
            + " and m.stage <> uk.secgov.modification.Stage.DRAFT_PROPOSAL";

    @Override
    public List<KeyDate> upcomingPublicKeyDates(Instant from, int limit) {
        return em.createQuery("select k from KeyDate k join k.modification m where k.dueAt >= :from and " + PUBLIC
                + " and k.id = (select max(k2.id) from KeyDate k2 where k2.modification = m and k2.kind = k.kind)"
                + " order by k.dueAt, k.id", KeyDate.class).setParameter("from", from).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<TimelineEvent> latestPublicEvents(int limit) {
        return em.createQuery("select e from TimelineEvent e join e.modification m where " + PUBLIC
                + " order by e.recordedAt desc, e.id desc", TimelineEvent.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Modification> raisedAsDraftBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("select m from Modification m where m.raisedOn between :from and :to and exists (select e"
                + " from TimelineEvent e where e.modification = m and e.kind = :raised) order by m.raisedOn, m.id",
                Modification.class).setParameter("from", from).setParameter("to", to)
                .setParameter("raised", uk.secgov.modification.TimelineKind.RAISED).getResultList();
    }

    @Override
    public List<Modification> convertedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("select m from TimelineEvent e join e.modification m where e.kind = :converted"
                + " and e.occurredOn between :from and :to order by e.occurredOn, e.id", Modification.class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("converted", uk.secgov.modification.TimelineKind.CONVERTED).getResultList();
    }

    @Override
    public List<Modification> targeting(long releaseId) {
        return em.createQuery("select m from Modification m where m.targetRelease.id = :release and m.stage not in :closed",
                Modification.class).setParameter("release", releaseId).setParameter("closed", CLOSED).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, RegisterQuery query, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.stage() != null) {
            where.add("m.stage = :stage");
            parameters.put("stage", query.stage());
        }
        if (query.path() != null) {
            where.add("m.path = :path");
            parameters.put("path", query.path());
        }
        if (query.category() != null) {
            where.add("m.content.impactedCategories like :category");
            parameters.put("category", "%," + query.category().name() + ",%");
        }
        if (query.releaseId() != null) {
            where.add("m.targetRelease.id = :release");
            parameters.put("release", query.releaseId());
        }
        if (query.text() != null) {
            String text = query.text().toLowerCase(Locale.ROOT);
            String digits = text.replaceAll("\\D", "");
            String clause = "lower(m.content.title) like :text" + LikePatterns.ESCAPE_CLAUSE;
            parameters.put("text", LikePatterns.containing(text));
            if (!digits.isEmpty() && digits.length() <= 4 && text.matches("(secmp|dp|mp)?\\s*\\d+")) {
                clause = "(" + clause + " or m.number = :number)";
                parameters.put("number", Integer.parseInt(digits));
            }
            where.add(clause);
        }
        if (query.publicOnly()) {
            String visible = "(m.classification = uk.secgov.modification.Classification.WHITE"
                    + " and m.stage <> uk.secgov.modification.Stage.DRAFT_PROPOSAL)";
            if (query.proposerPartyId() != null) {
                visible = "(" + visible + " or m.proposer.partyId = :party)";
                parameters.put("party", query.proposerPartyId());
            }
            where.add(visible);
        }
        TypedQuery<T> typed = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
