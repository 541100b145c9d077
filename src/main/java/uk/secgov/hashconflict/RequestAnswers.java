package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import uk.secgov.cpl.NamedFile;
import uk.secgov.platform.security.Allowed;

/**
 * A party's users answer their own party's requests, with evidence, on the page, the API or the request's task
 * (another party's request is not found).
 */
@ApplicationScoped
@Transactional
public class RequestAnswers {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigationAppends appends;

    @Inject
    RequestRecords requests;

    @Inject
    InvestigationRecords records;

    @Inject
    Clock clock;

    /** A party's user answers a request to their own party, once, while the investigation runs. */
    @Allowed({"supplier", "dcc", "manufacturer"})
    public RequestAnswer answer(InvestigationViewer viewer, String reference, long requestId, String answer,
            NamedFile evidence, String evidenceType) {
        return answer(viewer, reference, requestId, answer, evidence, evidenceType, false);
    }

    /** The same, from the completion of the request's task by {@code username}. */
    @Allowed(Allowed.SYSTEM)
    public RequestAnswer answerFromTask(String username, long requestId, String answer) {
        InformationRequest q = requests.request(requestId).orElseThrow(() -> new UnknownInvestigation("#"
                + requestId));
        return answer(recorder.viewer(username, role -> false), records.byId(q.investigationId()).orElseThrow()
                .reference(), requestId, answer, null, null, true);
    }

    /** The answer to a request, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public Optional<RequestAnswer> answerTo(long requestId) {
        return requests.answer(requestId);
    }

    private RequestAnswer answer(InvestigationViewer viewer, String reference, long requestId, String answer,
            NamedFile evidence, String evidenceType, boolean fromProcess) {
        InvestigationRecord r = recorder.visible(viewer, reference);
        InformationRequest q = r.request(requestId).filter(x -> viewer.partyId() != null
                && x.partyId() == viewer.partyId()).orElseThrow(() -> new UnknownInvestigation(reference + " request "
                        + requestId));
        InvestigationRecord.Answered answered = r.answer(q, recorder.partyName(q.partyId()), answer, evidence,
                evidenceType, viewer.username(), clock.instant());
        RequestAnswer a = appends.add(answered.answer());
        recorder.append(r.investigation(), answered.event(), fromProcess);
        return a;
    }
}
