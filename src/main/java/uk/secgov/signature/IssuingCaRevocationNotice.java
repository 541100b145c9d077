package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.secgov.party.Directory;
import uk.secgov.party.Role;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.mail.Mail;

/**
 * E-mails SECAS case workers (enabled users with the secas role and an address) once a loaded CRL has
 * revoked a registered issuing CA, listing the open CPL submissions signed under it, so they can be
 * verified again and returned to their suppliers.
 */
@ApplicationScoped
public class IssuingCaRevocationNotice {

    @Inject
    Directory directory;

    @Inject
    Mail mail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuingCaRevoked revoked) {
        List<String> to = directory.users(null, 0, 1000).stream().filter(UserAccount::isEnabled)
                .filter(u -> u.roles().contains(Role.SECAS)).map(UserAccount::email).flatMap(Optional::stream).toList();
        if (to.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder(revoked.text()).append("\n\n");
        for (String reference : revoked.openSubmissions()) {
            body.append(reference).append(": ").append(Mail.baseUrl()).append("cpl/submission.xhtml?reference=")
                    .append(reference).append('\n');
        }
        mail.send(to, "IKI issuing CA revoked: " + revoked.openSubmissions().size() + " open CPL submission"
                + (revoked.openSubmissions().size() == 1 ? "" : "s") + " affected", body.toString());
    }
}
