package uk.secgov.platform.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Uploaded files are served under a name and a type the product decides. */
class AttachmentsTest {

    @Test
    void anUploadedPageIsServedAsBytesUnderAHarmlessName() {
        assertThat(Attachments.fileName("../../tmp/evil<script>.html")).isEqualTo("evil_script_.html");
        assertThat(Attachments.contentType("../../tmp/evil<script>.html")).isEqualTo(Attachments.BINARY);
        assertThat(Attachments.contentDisposition("a\"b\r\nSet-Cookie: x.pdf"))
                .isEqualTo("attachment; filename=\"a_b__Set-Cookie_ x.pdf\"");
    }

    @Test
    void knownDocumentTypesKeepTheirType() {
        assertThat(Attachments.contentType("Report.PDF")).isEqualTo("application/pdf");
        assertThat(Attachments.contentType("answer.txt")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(Attachments.contentType("drawing.svg")).isEqualTo(Attachments.BINARY);
        assertThat(Attachments.contentType("noextension")).isEqualTo(Attachments.BINARY);
    }

    @Test
    void aNameWithNothingLeftOrTooLongStillMakesSense() {
        assertThat(Attachments.fileName("..\\..\\")).isEqualTo("download");
        assertThat(Attachments.fileName(".hidden")).isEqualTo("hidden");
        assertThat(Attachments.fileName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
    }
}
