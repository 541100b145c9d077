package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.platform.security.Allowed;
import uk.secgov.signature.OpenVerifiedSubjects;

/**
 * Answers the signature feature: which of these submission references are still open (not rejected,
 * completed or withdrawn). Asked when an administrator looks at the trust anchors or loads a CRL (or the
 * scheduled fetch loads one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenSubmissions implements OpenVerifiedSubjects {

    @Inject
    CplSubmissions submissions;

    @Override
    @Allowed("admin")
    public List<String> openAmong(Collection<String> references) {
        List<CplSubmission> known = references.stream().map(submissions::byReference).flatMap(Optional::stream).toList();
        Map<Long, SubmissionEvent> latest = submissions.latestEvents(known.stream().map(CplSubmission::id).toList());
        return known.stream().filter(s -> latest.get(s.id()) == null || !latest.get(s.id()).status().isFinal())
                .map(CplSubmission::reference).toList();
    }
}
