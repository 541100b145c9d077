package uk.secgov.hashconflict;

import java.util.List;
import java.util.Optional;

/** Information requests and their answers by request, across investigations: for timers, tasks and due dates. */
public interface RequestRecords {

    Optional<InformationRequest> request(long requestId);

    Optional<RequestAnswer> answer(long requestId);

    /** Every request without an answer, of every investigation, oldest first. */
    List<InformationRequest> unanswered();
}
