/**
 * Meetings, members and votes: the bodies that decide (the Panel, the Change Board, the CSC and the sub-committees SSC,
 * TABASC, SMKI PMA and OPSG) as data, their seats and the people appointed to them for a term, each body's voting rule
 * as dated versions (groups of seats, quorum, aggregation: {@link uk.secgov.meeting.VotingRule}, a pure function that
 * answers with its working in words), meetings with their attendance, agenda and minutes, and vote rounds in which a
 * member casts their own vote or SECAS records the votes of the members present at a meeting. Every record is only
 * added to: a correction supersedes, nothing is edited or deleted. A closed round announces
 * {@link uk.secgov.meeting.VoteRoundClosed}, which the features whose decisions are voted on will observe.
 */
package uk.secgov.meeting;
