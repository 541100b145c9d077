package uk.secgov.hashconflict.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import uk.secgov.cpl.NamedFile;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.hashconflict.RequestAnswers;
import uk.secgov.signature.Uploads;

/** A party's user answers their own party's request, with one evidence file if they have one. */
@Named
@ViewScoped
public class RequestAnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestAnswers answers;

    @Inject
    InvestigationPage page;

    private String answerText;
    private transient Part evidenceFile;

    public String answer(long requestId) {
        return page.attempt(() -> {
            NamedFile evidence = null;
            String type = null;
            if (evidenceFile != null && evidenceFile.getSize() > 0) {
                evidence = new NamedFile(fileName(evidenceFile), bytesOf(evidenceFile));
                type = evidenceFile.getContentType();
            }
            answers.answer(page.viewer(), page.getReference(), requestId, answerText, evidence, type);
        }, "Answer sent to SECAS.");
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "evidence" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Reads at most one byte over the limit, so an oversized upload is refused without reading it all. */
    private static byte[] bytesOf(Part part) {
        try (InputStream in = part.getInputStream()) {
            return Uploads.read("evidence", in);
        } catch (IOException e) {
            throw new InvestigationRefused("The upload could not be read completely; try again.");
        }
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}
