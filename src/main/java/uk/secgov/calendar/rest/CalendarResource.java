package uk.secgov.calendar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.secgov.calendar.BankHoliday;
import uk.secgov.calendar.CalendarAdministration;
import uk.secgov.calendar.CalendarOverride;
import uk.secgov.calendar.CalendarYear;
import uk.secgov.calendar.InvalidCalendarRequest;
import uk.secgov.calendar.SkippedDay;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDayCount;
import uk.secgov.calendar.WorkingDays;
import uk.secgov.platform.refusal.InvalidRequest.Violation;
import uk.secgov.platform.rest.Page;

/**
 * {@code /api/v1/calendar}: Working Day arithmetic and the holidays of a year for anyone; the
 * overrides for administrators.
 */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** The answer to "N Working Days after this date"; {@code closesAt} is that day at 17:00 UK time. */
    public record WorkingDayAnswer(LocalDate from, int add, LocalDate date, String closesAt, List<SkippedDay> skipped,
            String explanation) {

        static WorkingDayAnswer of(WorkingDayCount count) {
            return new WorkingDayAnswer(count.anchor(), count.added().count(), count.result(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            count.result().atTime(WorkingDayCalendar.CLOSING_TIME).atZone(WorkingDayCalendar.UK)),
                    count.skipped(), count.explanation());
        }
    }

    /** One holiday of the year; {@code overrideId} for those an administrator added. */
    public record HolidaySummary(LocalDate date, String name, String source, Long overrideId) {

        static HolidaySummary of(BankHoliday h) {
            return new HolidaySummary(h.date(), h.name(), h.source().name(), h.overrideId());
        }
    }

    /** A Jollyday holiday that an override turned back into a Working Day. */
    public record RemovedSummary(LocalDate date, String name, long removedByOverrideId, String reason) {
    }

    /** The holidays of a year. */
    public record YearSummary(int year, List<HolidaySummary> holidays, List<RemovedSummary> removed) {

        static YearSummary of(CalendarYear y) {
            return new YearSummary(y.year(), y.holidays().stream().map(HolidaySummary::of).toList(),
                    y.removed().stream().map(r -> new RemovedSummary(r.holiday().date(), r.holiday().name(),
                            r.removal().id(), r.removal().reason())).toList());
        }
    }

    /** The body of {@code POST /calendar/overrides}. */
    public record OverrideRequest(String kind, String date, String name, String reason, Long cancels) {
    }

    /** An override as the API shows it. */
    public record OverrideSummary(long id, String kind, LocalDate date, String name, String reason, Long cancels,
            Long cancelledBy, Instant recordedAt, String recordedBy) {

        static OverrideSummary of(CalendarOverride o, Long cancelledBy) {
            return new OverrideSummary(o.id(), o.kind().name(), o.date(), o.name().orElse(null), o.reason(),
                    o.cancels().orElse(null), cancelledBy, o.recordedAt(), o.recordedBy());
        }
    }

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CalendarAdministration administration;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("working-days")
    @PermitAll
    public WorkingDayAnswer workingDays(@QueryParam("from") String from, @QueryParam("add") String add) {
        List<Violation> problems = new ArrayList<>();
        LocalDate anchor = dateOf("from", from, problems);
        Integer count = countOf(add, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCalendarRequest(problems);
        }
        return WorkingDayAnswer.of(calendar.add(anchor, WorkingDays.of(count)));
    }

    @GET
    @Path("holidays")
    @PermitAll
    public YearSummary holidays(@QueryParam("year") String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidCalendarRequest("year", "Give the year, e.g. ?year=2022.");
        }
        try {
            return YearSummary.of(calendar.year(Integer.parseInt(year.strip())));
        } catch (NumberFormatException e) {
            throw new InvalidCalendarRequest("year", "The year must be a number such as 2022, but was '" + year + "'.");
        }
    }

    @POST
    @Path("overrides")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(OverrideRequest request) {
        if (request == null || request.kind() == null) {
            throw new InvalidCalendarRequest("kind", "Send a JSON object whose kind is ADD_HOLIDAY (with date, name, "
                    + "reason), REMOVE_HOLIDAY (with date, reason) or CANCELLATION (with cancels, reason).");
        }
        String actor = security.getUserPrincipal().getName();
        CalendarOverride recorded = switch (request.kind().strip()) {
            case "ADD_HOLIDAY" -> administration.addHoliday(requiredDate(request.date()), request.name(),
                    request.reason(), actor);
            case "REMOVE_HOLIDAY" -> administration.removeHoliday(requiredDate(request.date()), request.reason(), actor);
            case "CANCELLATION" -> {
                if (request.cancels() == null) {
                    throw new InvalidCalendarRequest("cancels", "Give the id of the override to cancel.");
                }
                yield administration.cancel(request.cancels(), request.reason(), actor);
            }
            default -> throw new InvalidCalendarRequest("kind", "The kind must be ADD_HOLIDAY, REMOVE_HOLIDAY or "
                    + "CANCELLATION, but was '" + request.kind() + "'.");
        };
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
                .entity(OverrideSummary.of(recorded, null)).build();
    }

    @GET
    @Path("overrides")
    @RolesAllowed("admin")
    public Page<OverrideSummary> overrides(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(first, size, administration::historyCount, (from, pageSize) -> administration
                .history(from, pageSize).stream().map(o -> OverrideSummary.of(o,
                        calendar.cancellationOf(o.id()).map(CalendarOverride::id).orElse(null))).toList());
    }

    private static LocalDate requiredDate(String value) {
        List<Violation> problems = new ArrayList<>();
        LocalDate date = dateOf("date", value, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCalendarRequest(problems);
        }
        return date;
    }

    private static LocalDate dateOf(String field, String value, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(field, field + " is required: a date as YYYY-MM-DD."));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Violation(field, field + " must be a date as YYYY-MM-DD, but was '" + value + "'."));
            return null;
        }
    }

    private static Integer countOf(String value, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation("add", "add is required: the number of Working Days, 0 to " + WorkingDays.MAX + "."));
            return null;
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count < 0 || count > WorkingDays.MAX) {
                problems.add(new Violation("add", "add must be from 0 to " + WorkingDays.MAX + " Working Days, but was "
                        + count + "."));
                return null;
            }
            return count;
        } catch (NumberFormatException e) {
            problems.add(new Violation("add", "add must be a whole number of Working Days from 0 to " + WorkingDays.MAX
                    + ", but was '" + value + "'."));
            return null;
        }
    }
}
