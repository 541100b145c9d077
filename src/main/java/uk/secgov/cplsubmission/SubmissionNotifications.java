package uk.secgov.cplsubmission;

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

/**
 * E-mails the submitting party's users (those with an address) at every status change of their
 * submission, once the change has committed; the manufacturer named as image creator hears of the
 * outcome (completed, rejected, withdrawn).
 */
@ApplicationScoped
public class SubmissionNotifications {

    @Inject
    CplSubmissions submissions;

    @Inject
    Directory directory;

    @Inject
    Mail mail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionStatusChanged change) {
        CplSubmission s = submissions.byId(change.submissionId()).orElse(null);
        if (s == null) {
            return;
        }
        Set<String> to = new LinkedHashSet<>(addressesOf(s.submittingPartyId()));
        if (change.status().isFinal()) {
            submissions.rows(s.id()).stream().map(SubmittedRow::manufacturerId).distinct()
                    .forEach(mid -> directory.manufacturer(mid)
                            .ifPresent(p -> to.addAll(addressesOf(p.id()))));
        }
        mail.send(List.copyOf(to), "CPL submission " + s.reference() + ": " + change.status().label(),
                "Your CPL submission " + s.reference() + " is now: " + change.status().label() + ".\n\n"
                        + (change.note() == null ? "" : change.note() + "\n\n")
                        + "Follow it at " + Mail.baseUrl() + "cpl/submission.xhtml?reference=" + s.reference() + "\n");
    }

    private List<String> addressesOf(long partyId) {
        return directory.users(partyId, 0, 500).stream().filter(UserAccount::isEnabled)
                .map(UserAccount::email).flatMap(java.util.Optional::stream).toList();
    }
}
