package uk.secgov.web.forged;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import uk.secgov.web.forged.PageSession.FilePart;
import uk.secgov.web.forged.PageSession.Page;

/**
 * Builds a form post as a forger does: the form as they see it on their own page, or copied from the page of someone
 * who sees it, with the recipe's values, the pressed button's client id, and always the forger's own view state.
 */
final class Forger {

    /** A post ready to send, and where its form came from. */
    record Forged(String path, List<Map.Entry<String, String>> fields, Map<String, FilePart> files, String formFrom) {
    }

    /** A field value meaning "the first real choice of this select", for choices whose ids the test cannot know. */
    static final String FIRST_OPTION = "<first option>";

    private Forger() {
    }

    /** The form with this id, or (inside a repeat or table) the first whose client id ends with it. */
    private static Element formIn(org.jsoup.nodes.Document page, String id) {
        Element exact = page.getElementById(id);
        if (exact != null) {
            return exact;
        }
        return page.select("form[id]").stream().filter(f -> f.id().endsWith(":" + id)).findFirst().orElse(null);
    }

    /**
     * {@code mine} opens the page for its view state (and the form, when they see it); {@code seer} (who sees the
     * form) lends the form when the forger's page does not show it. Empty when nobody's page has the button.
     */
    static Optional<Forged> forge(Recipe recipe, Target target, PageSession mine, Function<Principal, PageSession> seer,
            Principal seenBy) {
        String path = recipe.page.path(target, mine.principal());
        Page own = mine.get(path);
        String viewState = own.viewState();
        String nonce = own.nonce();
        Element form = formIn(own.document(), recipe.form);
        Optional<Element> button = form == null ? Optional.empty() : recipe.button.in(form, target);
        String from = "own page";
        if (button.isEmpty()) {
            Page theirs = seer.apply(seenBy).get(recipe.page.path(target, seenBy));
            form = formIn(theirs.document(), recipe.form);
            button = form == null ? Optional.empty() : recipe.button.in(form, target);
            from = seenBy + "'s page";
        }
        if (button.isEmpty()) {
            return Optional.empty();
        }
        String formId = form.id();
        Map<String, String> values = new LinkedHashMap<>();
        recipe.fields.forEach((name, value) -> values.put(name.startsWith("*") || name.contains(":") ? name
                : formId + ":" + name, value.apply(target)));
        List<Map.Entry<String, String>> fields = fill(form, values, button.get(), viewState, nonce);
        Map<String, FilePart> files = new LinkedHashMap<>();
        recipe.files.forEach((name, content) -> files.put(formId + ":" + name, file(name, content.apply(target))));
        return Optional.of(new Forged(path, fields, files, from));
    }

    /** A genuine post by someone who sees the form (to prepare a target); fails on an error page. */
    static Page submit(PageSession session, String path, String formId, Recipe.Button button, Map<String, String> values) {
        return submit(session, path, formId, button, values, Map.of());
    }

    static Page submit(PageSession session, String path, String formId, Recipe.Button button, Map<String, String> values,
            Map<String, FilePart> files) {
        Page page = session.get(path);
        Element form = formIn(page.document(), formId);
        Element pressed = form == null ? null : button.in(form, Target.NONE).orElse(null);
        if (pressed == null) {
            throw new Fixtures.NoTarget(session.principal() + " sees no " + formId + " " + button.describe() + " on "
                    + path);
        }
        Map<String, FilePart> named = new LinkedHashMap<>();
        files.forEach((name, file) -> named.put(name.startsWith("*:") ? form.id() + name.substring(1) : name, file));
        Page answer = session.post(path, fill(form, values, pressed, page.viewState(), page.nonce()), named);
        if (answer.status() >= 400 || answer.errorPage() != null) {
            throw new Fixtures.NoTarget("preparing on " + path + ": " + answer.status() + " " + answer.errorPage());
        }
        return answer;
    }

    private static List<Map.Entry<String, String>> fill(Element form, Map<String, String> values, Element button,
            String viewState, String nonce) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, String> field : PageSession.fieldsOf(form)) {
            String name = field.getKey();
            if (values.containsKey(name) || name.equals(PageSession.VIEW_STATE) || name.equals(PageSession.NONCE)
                    || values.keySet().stream().anyMatch(k -> k.startsWith("*") && name.endsWith(k.substring(1)))) {
                continue;
            }
            fields.add(field);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getKey().startsWith("*")) {
                String suffix = value.getKey().substring(1);
                form.select("[name]").stream().map(e -> e.attr("name")).filter(n -> n.endsWith(suffix)).distinct()
                        .forEach(name -> fields.add(Map.entry(name, value.getValue())));
            } else if (FIRST_OPTION.equals(value.getValue())) {
                form.select("select").stream().filter(e -> e.attr("name").equals(value.getKey()))
                        .flatMap(e -> e.select("option").stream()).map(o -> o.attr("value"))
                        .filter(v -> !v.isEmpty()).findFirst()
                        .ifPresent(v -> fields.add(Map.entry(value.getKey(), v)));
            } else {
                fields.add(Map.entry(value.getKey(), value.getValue()));
            }
        }
        String name = button.attr("name");
        fields.add(Map.entry(name, button.hasAttr("value") ? button.attr("value") : name));
        if (viewState != null) {
            fields.add(Map.entry(PageSession.VIEW_STATE, viewState));
        }
        if (nonce != null) {
            fields.add(Map.entry(PageSession.NONCE, nonce));
        }
        return fields;
    }

    private static FilePart file(String field, byte[] content) {
        return switch (field) {
            case "form" -> new FilePart("form.csv", "text/csv", content);
            case "signature" -> new FilePart("form.csv.p7s", "application/pkcs7-signature", content);
            case "certificate" -> new FilePart("anchor.pem", "application/x-pem-file", content);
            case "crl" -> new FilePart("anchor.crl", "application/pkix-crl", content);
            default -> new FilePart(field + ".txt", "text/plain", content);
        };
    }
}
