/** Database plumbing every feature shares: Flyway migrations before validation, the clock, and literal LIKE searches. */
package uk.secgov.platform.persistence;
