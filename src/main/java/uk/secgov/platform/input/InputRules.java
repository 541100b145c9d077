package uk.secgov.platform.input;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every piece of text a use case receives must meet, whichever screen or API sent it: no
 * control characters but new lines (LF, or CR LF as browsers send them) and tabs, no more characters
 * than the field takes, no more items in a list than it takes and no empty item. One place, so that
 * every command of every feature answers the same way (docs/architecture.md, "Input rules").
 */
public final class InputRules {

    /** The most characters of a text without its own limit: the longest free text most records keep. */
    public static final int DEFAULT_MAX_LENGTH = 4000;

    /** The most items of a list without its own limit. */
    public static final int DEFAULT_MAX_ITEMS = 1000;

    private static final int MAX_DEPTH = 4;

    private InputRules() {
    }

    /** The problems of one text (none for {@code null}: whether a field is required is the use case's rule). */
    public static List<InvalidInput.Violation> text(String field, String value, int maxLength) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        if (value == null) {
            return problems;
        }
        int bad = controlCharacterAt(value);
        if (bad >= 0) {
            problems.add(new InvalidInput.Violation(field, field + " contains a control character (U+"
                    + String.format("%04X", (int) value.charAt(bad)) + " at position " + (bad + 1)
                    + "): only text, new lines and tabs are accepted."));
        }
        if (value.length() > maxLength) {
            problems.add(new InvalidInput.Violation(field, field + " is too long: at most " + maxLength
                    + " characters, but it has " + value.length() + "."));
        }
        return problems;
    }

    /** Refuses a text that breaks {@link #text}, naming the field. */
    public static String requireText(String field, String value, int maxLength) {
        List<InvalidInput.Violation> problems = text(field, value, maxLength);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return value;
    }

    /**
     * The index of the first control character that is not a tab, a line feed or the carriage return
     * of a CR LF pair, or -1. C0, DEL and C1 controls count.
     */
    public static int controlCharacterAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every problem of a value a use case receives: a text, a list or map of them, an optional, or one of
     * the application's records (each component by its own name; items of a list as {@code field[3]}).
     * Other values (numbers, dates, enums, files' bytes, entities) have no text rules here.
     */
    public static List<InvalidInput.Violation> problems(String field, Object value, AnnotatedElement declared) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        walk(field, value, declared, problems, 0);
        return problems;
    }

    private static void walk(String field, Object value, AnnotatedElement declared, List<InvalidInput.Violation> out,
            int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        MaxLength length = declared == null ? null : declared.getAnnotation(MaxLength.class);
        int maxLength = length == null ? DEFAULT_MAX_LENGTH : length.value();
        if (value instanceof String text) {
            out.addAll(text(field, text, maxLength));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(field, v, declared, out, depth + 1));
        } else if (value instanceof Collection<?> items) {
            if (tooMany(field, items.size(), declared, out)) {
                return;
            }
            int i = 0;
            for (Object item : items) {
                i++;
                if (item == null) {
                    out.add(new InvalidInput.Violation(field, field + " has an empty item (item " + i + ")."));
                } else {
                    walk(field + "[" + i + "]", item, declared, out, depth + 1);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            if (tooMany(field, map.size(), declared, out)) {
                return;
            }
            // A map of form fields names each value by its key, as the form does; other keys index the field.
            map.forEach((k, v) -> {
                walk(field, k, declared, out, depth + 1);
                walk(k instanceof String key ? key : field + "[" + k + "]", v, declared, out, depth + 1);
            });
        } else if (value instanceof Record record && record.getClass().getName().startsWith("uk.secgov.")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String name = depth == 0 || !field.endsWith("]") ? component.getName() : field + "." + component.getName();
                walk(name, read(component, record), component, out, depth + 1);
            }
        }
    }

    private static boolean tooMany(String field, int size, AnnotatedElement declared, List<InvalidInput.Violation> out) {
        MaxItems items = declared == null ? null : declared.getAnnotation(MaxItems.class);
        int max = items == null ? DEFAULT_MAX_ITEMS : items.value();
        if (size > max) {
            out.add(new InvalidInput.Violation(field, field + " has too many items: at most " + max + ", but it has "
                    + size + "."));
            return true;
        }
        return false;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }
}
