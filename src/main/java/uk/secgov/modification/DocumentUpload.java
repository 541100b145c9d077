package uk.secgov.modification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document as uploaded: its title, classification, file name, media type and bytes, checked
 * (every problem at once) before anything is stored; {@code limit} is the application's upload limit.
 */
public record DocumentUpload(String title, Classification classification, String fileName, String mediaType,
        byte[] content) {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+");
    private static final String BINARY = "application/octet-stream";

    public static DocumentUpload checked(String title, Classification classification, String fileName,
            String mediaType, byte[] content, long limit) {
        List<InvalidModificationRequest.Violation> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > CaseDocument.TITLE_MAX) {
            problems.add(new InvalidModificationRequest.Violation("title", "Give the document a title (up to "
                    + CaseDocument.TITLE_MAX + " characters), e.g. 'Modification Report' or 'Legal text'."));
        }
        if (classification == null) {
            problems.add(new InvalidModificationRequest.Violation("classification", "Choose its Panel Information Policy"
                    + " classification: WHITE (public), GREEN, AMBER or RED."));
        }
        if (content == null || content.length == 0) {
            problems.add(new InvalidModificationRequest.Violation("file", "Choose a file to upload; an empty file is"
                    + " not a document."));
        } else if (content.length > limit) {
            problems.add(new InvalidModificationRequest.Violation("file", "The file is " + content.length
                    + " bytes, over the upload limit of " + limit + " bytes."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModificationRequest(problems);
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        if (name.isBlank()) {
            name = "document";
        }
        if (name.length() > CaseDocument.NAME_MAX) {
            name = name.substring(name.length() - CaseDocument.NAME_MAX);
        }
        String type = mediaType == null || !MEDIA_TYPE.matcher(mediaType.strip()).matches()
                || mediaType.strip().length() > CaseDocument.MEDIA_TYPE_MAX ? BINARY : mediaType.strip();
        return new DocumentUpload(title.strip(), classification, name, type, content);
    }
}
