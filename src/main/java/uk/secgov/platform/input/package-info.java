/** The input rules every use case applies to the text and lists it receives, and the refusal they give. */
package uk.secgov.platform.input;
