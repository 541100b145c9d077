package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * The public CPL search on the real database (H2, or PostgreSQL with its trigram and Hash-start indexes): every
 * filter, alone and combined, answers exactly the entries the same rule picks out of the whole published list, in
 * CPL Entry ID order, with the right total and pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplSearchIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private List<JsonObject> items(String query) throws Exception {
        JsonObject page = Api.anonymous(base).get("api/v1/cpl/entries?size=500&" + query).json();
        List<JsonObject> items = page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(page.getInt("total")).as(query).isEqualTo(items.size());
        return items;
    }

    private static List<Long> ids(List<JsonObject> entries) {
        return entries.stream().map(e -> e.getJsonNumber("entryId").longValue()).toList();
    }

    private void matches(String query, List<JsonObject> all, Predicate<JsonObject> rule) throws Exception {
        List<Long> expected = ids(all.stream().filter(rule).toList());
        assertThat(expected).as("the demo CPL has entries for " + query).isNotEmpty();
        assertThat(ids(items(query))).as(query).isEqualTo(expected);
    }

    private static String text(JsonObject e, String key) {
        return e.containsKey(key) && !e.isNull(key) ? e.getString(key).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean names(JsonObject e, String part) {
        return (text(e, "modelName") + " " + text(e, "manufacturerName") + " " + text(e, "modelId")).contains(part);
    }

    @Test
    void everyFilterAnswersWhatTheRulePicksOutOfTheWholeList() throws Exception {
        List<JsonObject> all = items("");
        assertThat(ids(all)).as("CPL Entry ID order").isSorted().contains(1001L, 1005L, 1007L);

        matches("deviceType=ESME", all, e -> e.getString("deviceType").equals("ESME"));
        matches("manufacturerId=10a2", all, e -> e.getString("manufacturerId").equals("10A2"));
        matches("status=HASH_ASSOCIATED", all, e -> e.getString("status").equals("HASH_ASSOCIATED"));
        matches("q=Gas+Meter", all, e -> names(e, "gas meter"));
        matches("q=meterworks", all, e -> names(e, "meterworks"));
        matches("q=000a00", all, e -> names(e, "000a00"));
        matches("q=meterworks&deviceType=GSME", all, e -> names(e, "meterworks")
                && e.getString("deviceType").equals("GSME"));

        JsonObject e1001 = all.stream().filter(e -> e.getJsonNumber("entryId").longValue() == 1001).findFirst()
                .orElseThrow();
        String hash = e1001.getString("currentHash");
        matches("q=" + hash.substring(0, 6).toUpperCase(Locale.ROOT), all,
                e -> text(e, "currentHash").startsWith(hash.substring(0, 6)) || names(e, hash.substring(0, 6)));
        assertThat(ids(items("q=" + hash))).containsExactly(1001L);
        assertThat(ids(items("q=" + hash.substring(20, 40)))).as("a Hash is found by its start, not its middle")
                .doesNotContain(1001L);
        assertThat(items("q=no-such-model-anywhere")).isEmpty();
        assertThat(items("q=mw-e3")).isNotEmpty();
        assertThat(items("q=mw_e3")).as("_ is not a wildcard").isEmpty();
    }

    @Test
    void pagesFollowEntryIdOrderWithTheTotalOfTheWholeResult() throws Exception {
        List<Long> all = ids(items(""));
        Api anyone = Api.anonymous(base);

        JsonObject second = anyone.get("api/v1/cpl/entries?first=2&size=3").json();

        assertThat(second.getInt("total")).isEqualTo(all.size());
        assertThat(ids(second.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList()))
                .isEqualTo(all.subList(2, 5));
        JsonObject beyond = anyone.get("api/v1/cpl/entries?first=" + (all.size() + 10) + "&size=3").json();
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(all.size());
    }
}
