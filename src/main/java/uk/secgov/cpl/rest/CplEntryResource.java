package uk.secgov.cpl.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.EntryFilter;
import uk.secgov.cpl.EntryStatusChange;
import uk.secgov.cpl.PublishedCpl;
import uk.secgov.platform.rest.Page;

/**
 * The published CPL (public): entries, one entry with its Hash and status histories, and the whole list as CSV or
 * XLSX; and the removal of an entry by Panel decision (panel or secas).
 */
@Path("/cpl")
@RequestScoped
public class CplEntryResource {

    /** An entry as published. */
    public record Entry(long entryId, String status, String deviceType, String manufacturerId,
            String manufacturerName, String modelId, String modelName, String hardwareVersion, String firmwareVersion,
            String specificationVersion, String gbcsVersion, String cpaCertificate, LocalDate cpaExpiry,
            LocalDate cpaRenewal, String upgradeFrom, String currentHash, Instant hashSince, Instant listedAt,
            LocalDate statusSince, String statusReason) {

        static Entry of(CplEntry e) {
            DeviceModel m = e.model();
            return new Entry(m.id(), e.status().name(), m.deviceType().name(), m.manufacturerId(),
                    m.manufacturerName(), m.modelId(), m.modelName(), m.hardwareVersion(), m.firmwareVersion(),
                    m.specificationVersion(), m.gbcsVersion(), m.cpaCertificate(), m.cpaExpiry(), m.cpaRenewal(),
                    m.upgradeFrom().isEmpty() ? "N/A" : m.upgradeFrom(), e.currentHash().orElse(null),
                    e.current().at(), m.listedAt(), e.lastStatusChange().map(EntryStatusChange::effectiveDate)
                            .orElse(null), e.lastStatusChange().map(EntryStatusChange::reason).orElse(null));
        }
    }

    /** A status change as published: CPA expired or removed, who decided (and at which Panel meeting), why. */
    public record StatusChange(int seq, String status, LocalDate effectiveDate, Instant recordedAt, String recordedBy,
            String role, LocalDate meetingDate, String reason) {

        static StatusChange of(EntryStatusChange c) {
            return new StatusChange(c.seq(), c.status().name(), c.effectiveDate(), c.at(), c.actor(),
                    c.actorRole().name(), c.meetingDate().orElse(null), c.reason());
        }
    }

    /** The Panel's decision to remove an entry: the reason, and the meeting date (required from SECAS). */
    public record Removal(String reason, LocalDate meetingDate) {
    }

    static final List<String> COLUMNS = PublishedCpl.COLUMNS;

    @Inject
    PublishedCpl cpl;

    @Inject
    CplMaintenance maintenance;

    @Context
    SecurityContext security;

    @GET
    @Path("entries")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<Entry> entries(@QueryParam("deviceType") String deviceType,
            @QueryParam("manufacturerId") String manufacturerId, @QueryParam("status") String status,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        EntryFilter filter = EntryFilter.of(deviceType, manufacturerId, status, text);
        return Page.of(first, size, () -> cpl.count(filter),
                (from, pageSize) -> cpl.page(filter, from, pageSize).stream().map(Entry::of).toList());
    }

    @GET
    @Path("entries/{entryId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Entry entry(@PathParam("entryId") long entryId) {
        return cpl.entry(entryId).map(Entry::of).orElseThrow(() -> new NotFoundException("There is no CPL entry "
                + entryId + "."));
    }

    @GET
    @Path("entries/{entryId}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PublishedCpl.HistoryStep> history(@PathParam("entryId") long entryId) {
        entry(entryId);
        return cpl.history(entryId);
    }

    @GET
    @Path("entries/{entryId}/statuses")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StatusChange> statuses(@PathParam("entryId") long entryId) {
        entry(entryId);
        return cpl.statusHistory(entryId).stream().map(StatusChange::of).toList();
    }

    /** The Panel removes the entry from the CPL (or SECAS records the Panel's decision): a new status, 201. */
    @POST
    @Path("entries/{entryId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"panel", "secas"})
    public Response remove(@PathParam("entryId") long entryId, Removal removal) {
        boolean panel = security.isUserInRole("panel");
        EntryStatusChange change = maintenance.remove(entryId, security.getUserPrincipal().getName(),
                panel ? EntryStatusChange.ActorRole.PANEL : EntryStatusChange.ActorRole.SECAS,
                removal == null ? null : removal.meetingDate(), removal == null ? null : removal.reason());
        return Response.status(Response.Status.CREATED).entity(StatusChange.of(change)).build();
    }

    private static List<Object> cells(Entry e) {
        return java.util.Arrays.asList(e.entryId(), e.status(), e.deviceType(), e.manufacturerId(),
                e.manufacturerName(), e.modelId(), e.modelName(), e.hardwareVersion(), e.firmwareVersion(),
                e.specificationVersion(), e.gbcsVersion(), e.cpaCertificate(), e.cpaExpiry(), e.cpaRenewal(),
                e.upgradeFrom(), e.currentHash(), e.hashSince(), e.listedAt());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv() {
        return Response.ok(csvBody()).header("Content-Disposition", "attachment; filename=\"cpl.csv\"").build();
    }

    /** The CSV export, one row per published entry whatever its status. */
    StreamingOutput csvBody() {
        return out -> {
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
                cpl.forEachEntry(e -> {
                    try {
                        printer.printRecord(cells(Entry.of(e)).stream().map(c -> c == null ? "" : c.toString())
                                .toList());
                    } catch (java.io.IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                });
            }
        };
    }

    @GET
    @Path("export.xlsx")
    @Produces(FormTemplateResource.XLSX)
    public Response xlsx() {
        StreamingOutput body = out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                Sheet sheet = workbook.createSheet("Central Products List");
                Row header = sheet.createRow(0);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    header.createCell(c).setCellValue(COLUMNS.get(c));
                }
                int[] next = {1};
                cpl.forEachEntry(e -> {
                    Row row = sheet.createRow(next[0]++);
                    List<Object> cells = cells(Entry.of(e));
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Long n) {
                            row.createCell(c).setCellValue(n);
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                });
                workbook.write(out);
                workbook.dispose();
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"cpl.xlsx\"").build();
    }
}
