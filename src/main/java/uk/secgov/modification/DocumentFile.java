package uk.secgov.modification;

/** A document's bytes as downloaded, with what a browser or client needs to save and check it. */
public record DocumentFile(String fileName, String mediaType, String sha256, byte[] content) {
}
