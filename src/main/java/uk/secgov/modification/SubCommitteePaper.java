package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.platform.security.Allowed;

/**
 * SECAS's monthly paper to the sub-committees (domain brief §1, Development Stage): the Draft
 * Proposals raised in a month and the proposals the Panel converted in it, each with its title,
 * Proposer, Lead Analyst and a summary of the issue. It lists every case, whatever its
 * classification, with the classification shown, so SECAS can leave out what a paper must not carry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubCommitteePaper {

    /** How much of the issue text the paper carries as its summary. */
    static final int SUMMARY_MAX = 600;

    /** One case on the paper. */
    public record Row(String reference, String title, String proposer, String leadAnalyst, LocalDate raisedOn,
            String stage, Classification classification, String issueSummary) {

        static Row of(Modification m) {
            String issue = m.issue().strip();
            return new Row(m.reference().toString(), m.title(), m.proposer().describe(), m.leadAnalyst().orElse(
                    "not yet assigned"), m.raisedOn(), m.stage().label(), m.classification(),
                    issue.length() <= SUMMARY_MAX ? issue : issue.substring(0, SUMMARY_MAX - 1).strip() + "…");
        }
    }

    /** The paper for one month. */
    public record Paper(YearMonth month, List<Row> raised, List<Row> converted) {
    }

    @Inject
    Modifications modifications;

    @Inject
    Clock clock;

    public SubCommitteePaper() {
    }

    public SubCommitteePaper(Modifications modifications, Clock clock) {
        this.modifications = modifications;
        this.clock = clock;
    }

    @Allowed("secas")
    public Paper forMonth(YearMonth month) {
        if (month == null) {
            throw new InvalidModificationRequest("month", "Choose the month (YYYY-MM).");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(WorkingDayCalendar.UK)))) {
            throw new InvalidModificationRequest("month", month + " has not begun: choose this month or an earlier one.");
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return new Paper(month, modifications.raisedAsDraftBetween(from, to).stream().map(Row::of).toList(),
                modifications.convertedBetween(from, to).stream().map(Row::of).toList());
    }
}
