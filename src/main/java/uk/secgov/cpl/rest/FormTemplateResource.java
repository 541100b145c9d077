package uk.secgov.cpl.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import uk.secgov.cpl.SubmissionFormTemplate;

/** {@code /api/v1/cpl/form-template.xlsx} and {@code .csv}: the submission form to fill in (public). */
@Path("/cpl")
@RequestScoped
public class FormTemplateResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("form-template.xlsx")
    @Produces(XLSX)
    public Response xlsx() {
        return download(SubmissionFormTemplate.xlsx(), "cpl-submission-form.xlsx");
    }

    @GET
    @Path("form-template.csv")
    @Produces("text/csv")
    public Response csv() {
        return download(SubmissionFormTemplate.csv(), "cpl-submission-form.csv");
    }

    private static Response download(byte[] body, String name) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
