package uk.secgov.modification.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.SubCommitteePaper;
import uk.secgov.platform.web.PageAction;

/** SECAS's monthly sub-committee paper: choose a month, read it, download it as XLSX or CSV. */
@Named
@ViewScoped
public class SubCommitteePaperView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient SubCommitteePaper papers;

    @Inject
    transient Clock clock;

    private String month;
    private transient SubCommitteePaper.Paper paper;

    /** Opens on last month: the paper is usually written at the start of the next. */
    public void load() {
        if (month == null) {
            month = YearMonth.now(clock.withZone(WorkingDayCalendar.UK)).minusMonths(1).toString();
        }
        show();
    }

    public void show() {
        paper = PageAction.ON_PAGE.attempt(() -> papers.forMonth(parse())).orElse(null);
    }

    public void downloadXlsx() throws IOException {
        send("xlsx", XLSX, true);
    }

    public void downloadCsv() throws IOException {
        send("csv", "text/csv; charset=UTF-8", false);
    }

    private void send(String extension, String type, boolean spreadsheet) throws IOException {
        show();
        if (paper == null) {
            return;
        }
        byte[] bytes = spreadsheet ? SubCommitteePaperExport.xlsx(paper) : SubCommitteePaperExport.csv(paper);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"draft-proposals-" + paper.month()
                + "." + extension + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    private YearMonth parse() {
        if (month == null || month.isBlank()) {
            throw new InvalidModificationRequest("month", "Choose the month (YYYY-MM).");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidModificationRequest("month", "'" + month + "' is not a month: write it as YYYY-MM, e.g. 2021-06.");
        }
    }

    public SubCommitteePaper.Paper getPaper() {
        return paper;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
