package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.secgov.party.Directory;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.mail.Mail;
import uk.secgov.platform.security.Callers;
import uk.secgov.platform.time.UkFormat;

/**
 * E-mails, once the step has committed: the asked party's users when a question arrives and when it is
 * due; every involved party when the investigation is decided or ends withdrawn.
 */
@ApplicationScoped
public class InvestigationNotifications {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    Directory directory;

    @Inject
    Mail mail;

    /**
     * Runs as the application: the step that fired the event was allowed (a party answering, a supplier withdrawing),
     * and telling the others is the product's own act, which needs the whole record that party may not read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvestigationChanged change) throws Exception {
        Callers.asSystem(() -> {
            tell(change);
            return null;
        });
    }

    private void tell(InvestigationChanged change) {
        InvestigationRecord r = recorder.record(change.investigationId());
        Set<String> to = new LinkedHashSet<>();
        String subject;
        String body;
        switch (change.kind()) {
            case ASKED, REMINDED -> {
                InformationRequest q = r.request(change.requestId()).orElseThrow();
                java.time.Instant due = r.due(q).dueAt();
                to.addAll(addressesOf(q.partyId()));
                subject = "Hash conflict " + change.reference() + ": " + (change.kind() == InvestigationEvent.Kind.ASKED
                        ? "SECAS asks your organisation a question" : "reminder, your answer was due "
                                + UkFormat.WORDS.format(due));
                body = "SECAS asks:\n\n" + q.question() + "\n\nPlease answer by " + UkFormat.WORDS.format(due) + " 17:00.";
            }
            case DUE_DATE_MOVED -> {
                InformationRequest q = r.request(change.requestId()).orElseThrow();
                to.addAll(addressesOf(q.partyId()));
                subject = "Hash conflict " + change.reference() + ": your answer is now due " + UkFormat.WORDS.format(r.due(q)
                        .dueAt());
                body = r.events().stream().filter(e -> e.kind() == InvestigationEvent.Kind.DUE_DATE_MOVED
                        && e.requestId().filter(change.requestId()::equals).isPresent())
                        .reduce((a, b) -> b).map(InvestigationEvent::note).orElse("") + "\n\nThe question:\n\n"
                        + q.question();
            }
            case CPL_UPDATED, WITHDRAWN -> {
                r.parties().keySet().forEach(p -> to.addAll(addressesOf(p)));
                subject = "Hash conflict " + change.reference() + ": " + (change.kind()
                        == InvestigationEvent.Kind.WITHDRAWN ? "withdrawn" : "decided");
                body = r.events().get(r.events().size() - 1).note();
            }
            default -> {
                return;
            }
        }
        mail.send(List.copyOf(to), subject, body + "\n\nSee " + Mail.baseUrl() + "cpl/investigation.xhtml?reference="
                + change.reference() + "\n");
    }

    private List<String> addressesOf(long partyId) {
        return directory.users(partyId, 0, 500).stream().filter(UserAccount::isEnabled)
                .map(UserAccount::email).flatMap(java.util.Optional::stream).toList();
    }
}
