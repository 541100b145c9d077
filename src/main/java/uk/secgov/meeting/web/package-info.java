/** The meeting pages: a body's meetings, a meeting's record and vote rounds, a body's members, a member's votes. */
package uk.secgov.meeting.web;
