package uk.secgov.cplsubmission.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.secgov.cplsubmission.RowChoice;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * The raw fields of a completed {@code cpl-submission} task, as the inbox, the task page or the API sent them, read as
 * texts: {@code rowN} = associate or reject and {@code reasonN} per row N; {@code return}; {@code action},
 * {@code reason}. Only their form is checked here; what they may say is the submission's to decide.
 */
final class TaskFields {

    static final Pattern ROW = Pattern.compile("row(\\d+)");
    static final Pattern ROW_REASON = Pattern.compile("reason\\d+");

    private final Map<String, Object> fields;

    TaskFields(Map<String, Object> fields) {
        this.fields = new LinkedHashMap<>(fields);
    }

    /** The field's text, stripped; null if it was not sent. */
    String text(String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString().strip();
    }

    boolean has(String name) {
        String text = text(name);
        return text != null && !text.isEmpty();
    }

    /** A choice for each {@code rowN} sent, in the order sent; refused at the first that is neither choice. */
    Map<Integer, RowChoice> rowChoices() {
        Map<Integer, RowChoice> choices = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            Matcher m = ROW.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String choice = text(name);
            if (!"associate".equalsIgnoreCase(choice) && !"reject".equalsIgnoreCase(choice)) {
                throw new TaskFieldsRefused("Row " + m.group(1) + ": say associate or reject, not '" + choice + "'.");
            }
            choices.put(Integer.valueOf(m.group(1)), new RowChoice("associate".equalsIgnoreCase(choice),
                    text("reason" + m.group(1))));
        }
        return choices;
    }
}
