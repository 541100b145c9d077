package uk.secgov.cplsubmission.rest;

import jakarta.ws.rs.core.EntityPart;
import uk.secgov.cpl.NamedFile;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.Uploads;

/** The two multipart parts of a signed form (a submission or a check): {@code form} and {@code signature}. */
record SignedFormParts(NamedFile form, NamedFile signature) {

    static SignedFormParts read(EntityPart form, EntityPart signature) {
        if (form == null || signature == null) {
            throw new InvalidSignatureMaterial(form == null ? "form" : "signature", "Send two parts: 'form' (the"
                    + " submission form, XLSX or CSV) and 'signature' (its CMS signature, DER or PEM).");
        }
        return new SignedFormParts(
                new NamedFile(form.getFileName().orElse("form"), Uploads.read("form", form.getContent())),
                new NamedFile(signature.getFileName().orElse("signature"),
                        Uploads.read("signature", signature.getContent())));
    }
}
