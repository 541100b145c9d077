package uk.secgov.web.forged;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one command is tried on: named values a recipe's page and fields read (a case reference, a CPL entry id, a
 * task id, ...). {@link #NONE} for commands on a page that needs no target.
 */
public final class Target {

    public static final Target NONE = new Target(Map.of());

    private final Map<String, String> values;

    private Target(Map<String, String> values) {
        this.values = values;
    }

    public static Target of(String name, Object value) {
        return NONE.with(name, value);
    }

    public Target with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(name, String.valueOf(value));
        return new Target(more);
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("The target has no " + name + ": " + values);
        }
        return value;
    }

    @Override
    public String toString() {
        return values.isEmpty() ? "no target" : values.toString();
    }
}
