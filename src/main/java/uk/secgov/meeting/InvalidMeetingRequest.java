package uk.secgov.meeting;

import uk.secgov.platform.refusal.InvalidRequest;

/** A meeting, membership, rule or vote request that cannot be accepted as given, naming the field. */
public class InvalidMeetingRequest extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidMeetingRequest(String field, String message) {
        super(field, message);
    }
}
