package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.HASH_A;
import static uk.secgov.cpl.FormFixtures.HASH_B;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.smets1Gsme;
import static uk.secgov.cpl.FormFixtures.with;
import static uk.secgov.cpl.FormFixtures.xlsx;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/** {@code POST /api/v1/signature/verify}: checking a signed form before submitting it, and every refusal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifyApiIT {

    private static final String VERIFY = "api/v1/signature/verify";
    private static IkiFixture pki;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void aTestIkiOnTheServer() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
    }

    private static Map<String, byte[]> parts(byte[] form, byte[] signature) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", signature);
        return parts;
    }

    @Test
    void theSubmittingSupplierSeesAPassForTheManufacturersSignatureAndItsEndorsement() throws Exception {
        byte[] form = xlsx(esme("38040404", HASH_A), esme("38040405", HASH_B));

        Api.Reply reply = Api.demo(base, "supplier").postMultipart(VERIFY, parts(form,
                pki.countersign(form, pki.maker, pki.bright)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject result = reply.json();
        assertThat(result.getString("indication")).as(result.getString("summary")).isEqualTo("TOTAL_PASSED");
        assertThat(result.getJsonObject("form").getInt("rows")).isEqualTo(2);
        assertThat(result.getJsonObject("form").getString("imageCreatorManufacturerId")).isEqualTo("1063");
        assertThat(result.getJsonArray("signatures")).hasSize(2);
        assertThat(result.getJsonArray("signatures").getJsonObject(0).getString("role")).isEqualTo("IMAGE_CREATOR");
        assertThat(result.getJsonArray("signatures").getJsonObject(0).getString("party"))
                .isEqualTo("Meterworks Manufacturing");
        assertThat(result.getJsonArray("rules").getJsonObject(1).getString("explanation"))
                .contains("Endorsed by Bright Energy (a countersignature)");
        assertThat(result.getBoolean("stored")).isFalse();
    }

    @Test
    void anotherSupplierCheckingTheSameFilesIsToldItDidNotEndorseThem() throws Exception {
        byte[] form = csv(esme("38040404", HASH_A));

        JsonObject result = Api.demo(base, "supplier2").postMultipart(VERIFY, parts(form,
                pki.sign(form, pki.maker, pki.bright))).json();

        assertThat(result.getString("indication")).isEqualTo("INDETERMINATE");
        assertThat(result.getString("subIndication")).isEqualTo("SIG_CONSTRAINTS_FAILURE");
        assertThat(result.getString("summary")).contains("must be endorsed by the supplier submitting it");
    }

    @Test
    void aManufacturerChecksItsOwnSignatureBeforeTheSupplierEndorses() throws Exception {
        byte[] form = csv(esme("38040404", HASH_A));

        JsonObject result = Api.demo(base, "manufacturer").postMultipart(VERIFY, parts(form,
                pki.sign(form, pki.maker))).json();

        assertThat(result.getString("indication")).isEqualTo("TOTAL_PASSED");
        assertThat(result.getString("summary")).startsWith("Passed so far");
        assertThat(result.getJsonArray("rules").getJsonObject(1).getString("outcome")).isEqualTo("NOT_CHECKED");
    }

    @Test
    void aSmets1FormMustBeEndorsedByTheDcc() throws Exception {
        byte[] form = csv(smets1Gsme("01020304", HASH_A));

        JsonObject bySupplier = Api.demo(base, "supplier").postMultipart(VERIFY, parts(form,
                pki.sign(form, pki.maker, pki.bright))).json();
        JsonObject byDcc = Api.demo(base, "dcc").postMultipart(VERIFY, parts(form,
                pki.sign(form, pki.maker, pki.dcc))).json();

        assertThat(bySupplier.getString("summary")).contains("must be endorsed by the DCC");
        assertThat(byDcc.getString("indication")).as(byDcc.getString("summary")).isEqualTo("TOTAL_PASSED");
    }

    @Test
    void aSignatureOverOtherBytesOrGarbageGetsItsReasonNotAnError() throws Exception {
        byte[] form = csv(esme("38040404", HASH_A));
        byte[] otherForm = csv(esme("38040404", HASH_B));
        Api supplier = Api.demo(base, "supplier");

        JsonObject tampered = supplier.postMultipart(VERIFY, parts(form, pki.sign(otherForm, pki.maker, pki.bright)))
                .json();
        Api.Reply garbage = supplier.postMultipart(VERIFY, parts(form, "not a signature".getBytes(StandardCharsets.UTF_8)));

        assertThat(tampered.getString("indication")).isEqualTo("TOTAL_FAILED");
        assertThat(tampered.getString("subIndication")).isEqualTo("HASH_FAILURE");
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(garbage.json().getString("subIndication")).isEqualTo("FORMAT_FAILURE");
    }

    @Test
    void aBadFormIsRefusedWithEveryErrorByRowAndColumn() throws Exception {
        byte[] form = csv(with(esme("3804", HASH_A), FormColumn.DEVICE_TYPE, "KETTLE"));

        Api.Reply reply = Api.demo(base, "supplier").postMultipart(VERIFY, parts(form, pki.sign(form, pki.maker)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("The form has 2 problems.");
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("row 2, Device Type");
        assertThat(reply.json().getJsonArray("errors").getJsonObject(1).getString("message"))
                .startsWith("Row 2, Firmware Version (G):");
    }

    @Test
    void missingPartsAndOversizedUploadsAreRefused() throws Exception {
        Api supplier = Api.demo(base, "supplier");
        byte[] form = csv(esme("38040404", HASH_A));

        Api.Reply missing = supplier.postMultipart(VERIFY, Map.of("form", form));
        Api.Reply empty = supplier.postMultipart(VERIFY, parts(new byte[0], new byte[0]));
        Api.Reply tooLarge = supplier.postMultipart(VERIFY, parts(new byte[10 * 1024 * 1024 + 1], new byte[10]));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Send two parts");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("The form file is empty.");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than the limit of 10 MB");
    }

    @Test
    void onlySuppliersTheDccAndManufacturersMayCheck() throws Exception {
        byte[] form = csv(esme("38040404", HASH_A));
        Map<String, byte[]> parts = parts(form, pki.sign(form, pki.maker, pki.bright));

        assertThat(Api.anonymous(base).postMultipart(VERIFY, parts).status()).isEqualTo(401);
        for (String role : new String[] {"secas", "panel", "admin", "authority"}) {
            assertThat(Api.demo(base, role).postMultipart(VERIFY, parts).status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void theFormTemplateIsPublic() {
        Api.Reply csvTemplate = Api.anonymous(base).get("api/v1/cpl/form-template.csv", "text/csv");

        assertThat(csvTemplate.status()).isEqualTo(200);
        assertThat(csvTemplate.body()).startsWith("Device Type,Manufacturer ID,");
        Api.Reply xlsxTemplate = Api.anonymous(base).get("api/v1/cpl/form-template.xlsx", "*/*");
        assertThat(xlsxTemplate.status()).isEqualTo(200);
        assertThat(xlsxTemplate.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
    }
}
