package uk.secgov.cplsubmission;

import java.util.List;

/**
 * Rows of a submission conflict with the CPL (Appendix Z 4.3(b)): each goes under a Hash conflict investigation,
 * a new one or the open one on the same current Hash. Fired by the rules' step; the investigations follow.
 */
public record RowsConflict(long submissionId, List<Long> rowIds) {

    public RowsConflict {
        rowIds = List.copyOf(rowIds);
    }
}
