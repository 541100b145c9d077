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
import uk.secgov.cpl.CpaCertificate;
import uk.secgov.cpl.CpaRenewal;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.EntryFilter;
import uk.secgov.cpl.EntryStatusChange;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.PublishedCpl;
import uk.secgov.platform.output.CsvCells;
import uk.secgov.platform.rest.Page;

/**
 * The published CPL (public): entries, one entry with its Hash and status histories, and the whole list as CSV or
 * XLSX; the removal of an entry by Panel decision (panel or secas); renewed CPA certificates (recorded by secas).
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

        /** The CPA members are the entry's current CPA certificate (its newest renewal, else as listed). */
        static Entry of(CplEntry e) {
            DeviceModel m = e.model();
            CpaCertificate cpa = e.cpa();
            return new Entry(m.id(), e.status().name(), m.deviceType().name(), m.manufacturerId().value(),
                    m.manufacturerName(), m.modelId(), m.modelName(), m.hardwareVersion(), m.firmwareVersion(),
                    m.specificationVersion(), m.gbcsVersion(), cpa.reference(), cpa.expiry(), cpa.renewal(),
                    m.upgradeFrom().isEmpty() ? "N/A" : m.upgradeFrom(),
                    e.currentHash().map(ImageHash::value).orElse(null),
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

    /**
     * A renewed CPA certificate as SECAS records it: the reference and the new expiry date or renewal date
     * (yyyy-mm-dd, at least one, after today), and an optional note (published with it).
     */
    public record CpaRenewalRequest(String cpaCertificate, String cpaExpiry, String cpaRenewal, String note) {
    }

    /** A renewed CPA certificate as published, with the entry's status after it. */
    public record CpaRenewalRecord(int seq, String cpaCertificate, LocalDate cpaExpiry, LocalDate cpaRenewal,
            Instant recordedAt, String recordedBy, String note, Long warningId, String entryStatus) {

        static CpaRenewalRecord of(CpaRenewal r, String entryStatus) {
            CpaCertificate c = r.certificate();
            return new CpaRenewalRecord(r.seq(), c.reference(), c.expiry(), c.renewal(), r.at(), r.actor(),
                    r.note().orElse(null), r.warningId().orElse(null), entryStatus);
        }
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

    /** The entry's renewed CPA certificates, oldest first (the one it was listed with is not among them). */
    @GET
    @Path("entries/{entryId}/cpa-renewals")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CpaRenewalRecord> cpaRenewals(@PathParam("entryId") long entryId) {
        entry(entryId);
        return cpl.cpaRenewals(entryId).stream().map(r -> CpaRenewalRecord.of(r, null)).toList();
    }

    /**
     * SECAS records an entry's renewed CPA certificate: 201 with the record and the entry's status after it (a
     * CPA-expired entry is HASH_ASSOCIATED again); 404 unknown entry, 400 a missing reference or a missing,
     * unreadable or past date (the field named), 409 a removed entry.
     */
    @POST
    @Path("entries/{entryId}/cpa-renewals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public Response renew(@PathParam("entryId") long entryId, CpaRenewalRequest request) {
        CpaRenewalRequest r = request == null ? new CpaRenewalRequest(null, null, null, null) : request;
        CplMaintenance.RenewalRecorded recorded = maintenance.renew(entryId, security.getUserPrincipal().getName(),
                r.cpaCertificate(), CplMaintenance.date("cpaExpiry", r.cpaExpiry()),
                CplMaintenance.date("cpaRenewal", r.cpaRenewal()), r.note(), null);
        String status = recorded.listedAgain().map(c -> c.status().name()).orElseGet(() -> entry(entryId).status());
        return Response.status(Response.Status.CREATED).entity(CpaRenewalRecord.of(recorded.renewal(), status))
                .build();
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
                        printer.printRecord(cells(Entry.of(e)).stream().map(CsvCells::neutralise).toList());
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
