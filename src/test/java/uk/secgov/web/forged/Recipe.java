package uk.secgov.web.forged;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * How one page command is called, as a person with the page open in a browser would: the page it is posted on (with
 * the parameters its target needs), the form, the values that would succeed and the button pressed. A recipe without
 * a form is a command that runs when the page is opened ({@code f:viewAction}): the call is the GET itself.
 */
public final class Recipe {

    /** Makes a fresh target (through the API or another page) for a command that consumes its own. */
    @FunctionalInterface
    public interface Preparation {
        Target prepare(Fixtures fixtures) throws Exception;
    }

    /** The page a principal posts on; most pages are the same for everyone. */
    @FunctionalInterface
    public interface PageFor {
        String path(Target target, Principal principal);
    }

    /** Finds the pressed button in a form as one person sees it (its client id is the posted name). */
    public interface Button {
        Optional<Element> in(Element form, Target target);

        String describe();

        /** The button whose client id ends with {@code :id} (a button outside any table). */
        static Button id(String id) {
            return new Button() {
                @Override
                public Optional<Element> in(Element form, Target target) {
                    return form.select("button[name], input[type=submit][name]").stream()
                            .filter(b -> b.attr("name").equals(id) || b.attr("name").endsWith(":" + id)).findFirst();
                }

                @Override
                public String describe() {
                    return "#" + id;
                }
            };
        }

        /** A command link whose client id ends with {@code :id} (in the first table row that has one). */
        static Button link(String id) {
            return new Button() {
                @Override
                public Optional<Element> in(Element form, Target target) {
                    return form.select("a[id]").stream().filter(a -> a.id().endsWith(":" + id))
                            .findFirst().map(a -> a.clone().attr("name", a.id()));
                }

                @Override
                public String describe() {
                    return "link " + id;
                }
            };
        }

        /** The button labelled {@code label} in the table row that shows {@code text} (the row of the target). */
        static Button inRow(Function<Target, String> text, String label) {
            return new Button() {
                @Override
                public Optional<Element> in(Element form, Target target) {
                    String wanted = text.apply(target);
                    return form.select("tr").stream().filter(row -> row.select("tr").size() == 1)
                            .filter(row -> row.text().contains(wanted))
                            .flatMap(row -> row.select("button[name], input[type=submit][name]").stream())
                            .filter(b -> label.equals(b.text().strip()) || label.equals(b.attr("value")))
                            .findFirst();
                }

                @Override
                public String describe() {
                    return "'" + label + "' in the target's row";
                }
            };
        }
    }

    final Preparation preparation;
    final PageFor page;
    final String form;
    final Button button;
    final Map<String, Function<Target, String>> fields;
    final Map<String, Function<Target, byte[]>> files;
    final boolean consumes;
    final Principal seenBy;
    final boolean freshSession;

    private Recipe(Builder b) {
        this.preparation = b.preparation;
        this.page = b.page;
        this.form = b.form;
        this.button = b.button;
        this.fields = Map.copyOf(b.fields);
        this.files = Map.copyOf(b.files);
        this.consumes = b.consumes;
        this.seenBy = b.seenBy;
        this.freshSession = b.freshSession;
    }

    /** A page (with the target's parameters) whose form is posted. */
    public static Builder on(Function<Target, String> path) {
        return new Builder((t, p) -> path.apply(t));
    }

    public static Builder on(String path) {
        return on(t -> path);
    }

    /** A page that differs by principal (each role's own copy of a form). */
    public static Builder onFor(PageFor page) {
        return new Builder(page);
    }

    public boolean isGetOnly() {
        return form == null;
    }

    public boolean isMultipart() {
        return !files.isEmpty();
    }

    public String describe() {
        return form == null ? "GET" : "POST " + form + " " + button.describe();
    }

    /** The field's posted name: relative names are inside the form ({@code reason} is {@code form:reason}). */
    String name(String field) {
        return field.contains(":") ? field : form + ":" + field;
    }

    public static final class Builder {
        private final PageFor page;
        private Preparation preparation = f -> Target.NONE;
        private String form;
        private Button button;
        private final Map<String, Function<Target, String>> fields = new LinkedHashMap<>();
        private final Map<String, Function<Target, byte[]>> files = new LinkedHashMap<>();
        private boolean consumes;
        private Principal seenBy;
        private boolean freshSession;

        private Builder(PageFor page) {
            this.page = page;
        }

        public Builder target(Preparation preparation) {
            this.preparation = preparation;
            return this;
        }

        public Builder form(String form, String buttonId) {
            return form(form, Button.id(buttonId));
        }

        public Builder form(String form, Button button) {
            this.form = form;
            this.button = button;
            return this;
        }

        public Builder field(String name, String value) {
            return field(name, t -> value);
        }

        public Builder field(String name, Function<Target, String> value) {
            fields.put(name, value);
            return this;
        }

        public Builder file(String name, Function<Target, byte[]> content) {
            files.put(name, content);
            return this;
        }

        /** A successful call uses its target up (a removed entry cannot be removed again): the next call gets a fresh one. */
        public Builder consumes() {
            this.consumes = true;
            return this;
        }

        /** Who sees the form, for a command nobody may call (the forger copies it from their page). */
        public Builder seenBy(Principal principal) {
            this.seenBy = principal;
            return this;
        }

        /** Called from a browser of its own (signing in or out would end the shared session of the principal). */
        public Builder freshSession() {
            this.freshSession = true;
            return this;
        }

        public Recipe get() {
            return new Recipe(this);
        }
    }
}
