/** Notification e-mail through the server's mail session, sent on a managed thread so that it never holds up or undoes the work that caused it. */
package uk.secgov.platform.mail;
