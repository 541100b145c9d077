/**
 * The Camunda engine embedded in the application: built at start-up on the EE datasource and the server's
 * transaction manager, resolving BPMN expressions to CDI beans, running jobs on managed threads and process steps
 * as the application itself, and moving waiting timers when their date is computed again (ADR 0001).
 */
package uk.secgov.platform.engine;
