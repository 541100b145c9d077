package uk.secgov.web.forged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JSF action method bound in the pages has a row in {@link PageCommands}, and every row is still bound: a new
 * button cannot ship without saying who may press it, and PageForgeryIT tries it as everyone.
 */
class PageCommandCatalogueTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** {@code action="#{bean.method}"}, {@code action="#{bean.method(arg)}"}, {@code actionListener=}, {@code listener=}. */
    private static final Pattern METHOD_EXPRESSION = Pattern.compile(
            "\\b(?:action|actionListener|listener)\\s*=\\s*\"#\\{\\s*([A-Za-z_][\\w]*)\\.([A-Za-z_][\\w]*)");

    @Test
    void everyActionMethodBoundInThePagesHasARowAndEveryRowIsStillBound() throws IOException {
        Map<String, Set<String>> bound = boundInPages();

        Set<String> missing = new TreeSet<>(bound.keySet());
        missing.removeAll(PageCommands.keys());
        Set<String> stale = new TreeSet<>(PageCommands.keys());
        stale.removeAll(bound.keySet());

        StringBuilder report = new StringBuilder();
        missing.forEach(k -> report.append("\n  missing from PageCommands: ").append(k).append(" (bound in ")
                .append(bound.get(k)).append(')'));
        stale.forEach(k -> report.append("\n  in PageCommands but bound in no page: ").append(k));
        assertThat(report.toString()).as("PageCommands and the pages' action bindings differ:" + report).isEmpty();
    }

    @Test
    void theScanFindsTheCommandsIssueElevenNamed() throws IOException {
        assertThat(boundInPages()).containsKeys("publicCplEntryView.remove", "meetingDecisionForm.changeBoardVote",
                "inboxView.claim", "publicCplEntryView.load");
    }

    @Test
    void everyRowThatChangesSomethingNamesWhoMayAndHowToCallIt() {
        for (PageCommands.Row row : PageCommands.rows()) {
            if (row.notYet() == null) {
                assertThat(row.recipe()).as(row.label()).isNotNull();
            }
            if (row.readOnly()) {
                assertThat(row.allowed()).as(row.label() + ": read-only, so everyone").isEqualTo(Principal.all());
            }
        }
    }

    @Test
    void theScanReadsActionsListenersArgumentsAndAttributesOverSeveralLines() {
        String page = "<h:commandButton id=\"a\" action=\"#{oneView.go(row.id())}\"/>\n"
                + "<p:ajax event=\"change\" listener=\"#{twoView.changed}\"/>\n"
                + "<h:commandLink\n    actionListener = \"#{ threeView.picked }\"/>\n"
                + "<h:link outcome=\"/index\" value=\"#{fourView.label}\"/>";

        assertThat(methodsIn(page)).containsExactlyInAnyOrder("oneView.go", "twoView.changed", "threeView.picked");
    }

    static Set<String> methodsIn(String page) {
        Set<String> methods = new TreeSet<>();
        Matcher m = METHOD_EXPRESSION.matcher(page);
        while (m.find()) {
            methods.add(m.group(1) + "." + m.group(2));
        }
        return methods;
    }

    /** {@code bean.method} to the pages that bind it. */
    static Map<String, Set<String>> boundInPages() throws IOException {
        Map<String, Set<String>> bound = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
                for (String method : methodsIn(Files.readString(page, StandardCharsets.UTF_8))) {
                    bound.computeIfAbsent(method, k -> new TreeSet<>()).add(PAGES.relativize(page).toString());
                }
            }
        }
        return bound;
    }
}
