package uk.secgov.cplsubmission.process;

import java.util.Map;
import uk.secgov.cplsubmission.RowChoice;

/** The Panel's completed decision task: a decision with its rationale per open row. */
record PanelDecision(Map<Integer, RowChoice> choices) {

    static PanelDecision of(TaskFields fields) {
        return new PanelDecision(fields.rowChoices());
    }
}
