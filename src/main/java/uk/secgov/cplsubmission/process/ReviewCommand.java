package uk.secgov.cplsubmission.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.secgov.cplsubmission.RowChoice;

/** SECAS's completed review task: the submission returned to its submitter, or a recommendation per open row. */
sealed interface ReviewCommand {

    /** Returned with SECAS's reason; the rows, if sent, must still be well formed. */
    record Return(String reason) implements ReviewCommand {
    }

    record Recommend(Map<Integer, RowChoice> choices) implements ReviewCommand {

        public Recommend {
            choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        }
    }

    static ReviewCommand of(TaskFields fields) {
        Map<Integer, RowChoice> choices = fields.rowChoices();
        return fields.has("return") ? new Return(fields.text("return")) : new Recommend(choices);
    }
}
