package uk.secgov.cplsubmission;

import java.util.List;

/** The outcomes of these rows of a submission are recorded: its process stops waiting for them. */
public record ConflictRowsDecided(String submissionReference, List<Long> rowIds) {

    public ConflictRowsDecided {
        rowIds = List.copyOf(rowIds);
    }
}
