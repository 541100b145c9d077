/**
 * {@code /api/v1/bodies}, {@code /api/v1/meetings}, {@code /api/v1/vote-rounds} and {@code /api/v1/me/vote-rounds}:
 * the bodies with their seats, members and voting rules, the meetings SECAS keeps and the vote rounds members vote in,
 * over HTTP. Each resource maps a request record to one use case; who may call it is the use case's own rule.
 */
package uk.secgov.meeting.rest;
