package uk.secgov.modification;

/** What an entry on a case's timeline records. */
public enum TimelineKind {
    RAISED("Draft Proposal raised"),
    RAISED_FAST_TRACK("Fast-Track Modification Proposal raised by the Panel"),
    PRECHECK_COMPLETED("SECAS pre-submission comments given, Lead Analyst assigned"),
    CSC_COMMENTED("Change Sub-Committee initial comment"),
    SUB_COMMITTEE_VIEWS("Sub-committee views"),
    PROBLEM_STATEMENT_AGREED("CSC agreed the problem statement"),
    CONVERTED("Converted by the Panel"),
    URGENCY_DECIDED("Authority decision on urgency"),
    FAST_TRACK_DECIDED("Panel decision on Fast-Track"),
    OBJECTION_RECORDED("Objection to the Fast-Track"),
    OBJECTION_WINDOW_CLOSED("Objection window closed"),
    REFINEMENT_EVENT("Refinement"),
    REFINEMENT_COMPLETED("Refinement completed"),
    REPORT_APPROVED("Modification Report approved for consultation"),
    CONSULTATION_CLOSED("Modification Report Consultation closed"),
    CHANGE_BOARD_VOTED("Change Board vote"),
    AUTHORITY_DECIDED("Authority decision"),
    APPEAL_RECORDED("Appeal to the Authority"),
    APPEAL_WINDOW_CLOSED("Appeal window closed"),
    APPEAL_DECIDED("Authority decision on the appeal"),
    SCHEDULED("Scheduled for a release"),
    RELEASE_NEEDED("No release available: SECAS to choose one"),
    RELEASE_CHOSEN("Release chosen by SECAS"),
    RELEASE_MOVED("Target release moved"),
    IMPLEMENTED("Implemented"),
    WITHDRAWN("Withdrawn by the Proposer"),
    ADOPTED("Adopted by another Party"),
    CLOSED_WITHDRAWN("Closed: withdrawn, not adopted"),
    PUT_ON_HOLD("Put on hold"),
    RESUMED("Resumed"),
    SUPERSEDED("Superseded"),
    DEADLINE_MOVED("Deadline recomputed"),
    UPDATE("Update");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
