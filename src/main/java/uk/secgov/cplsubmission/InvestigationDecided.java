package uk.secgov.cplsubmission;

import java.util.List;
import uk.secgov.platform.input.MaxLength;

/**
 * A Hash conflict investigation's decision, applied to the rows it held: each row replaces the current Hash or is
 * rejected, with its reason and the words for its submission's timeline. The submission side records the outcomes
 * (and the association a replacing row adds to the CPL) and lets the waiting submissions go on; the investigation
 * records nothing of theirs. The type lives here, with the submissions it reports to, so that the investigations
 * depend on the submissions and not the other way round.
 *
 * @param investigation the investigation's reference ({@code HCI-2026-000001})
 * @param actor who decided (the Panel member who recorded it)
 * @param rationale the decision as recorded on the investigation, kept with a new association
 */
public record InvestigationDecided(String investigation, String actor, @MaxLength(Ruling.TEXT_MAX) String rationale,
        List<Ruling> rulings) {

    public InvestigationDecided {
        rulings = List.copyOf(rulings);
    }

    /**
     * One row's outcome: {@code replaces} its Hash becomes current, else the row is rejected. The texts quote the
     * Panel's rationale (itself up to the usual 4000 characters) with the investigation's words around it.
     */
    public record Ruling(long rowId, boolean replaces, @MaxLength(TEXT_MAX) String reason,
            @MaxLength(TEXT_MAX) String summary) {

        public static final int TEXT_MAX = 10_000;
    }
}
