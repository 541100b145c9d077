package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.signature.PlainReasons.Context;

class PlainReasonsTest {

    private static final TestPki.Issued ROOT = TestPki.rootCa("CN=Reasons Root,O=Test DCC,C=GB");
    private static final TestPki.Issued ISSUING = TestPki.issuingCa(ROOT, "CN=Reasons Issuing,O=Test DCC,C=GB");
    private static final TestPki.Issued MAKER = TestPki.signer(ISSUING, "CN=File Signing,O=Meterworks Manufacturing Ltd,C=GB");

    private static List<Context> contexts() {
        Context maker = Context.of("the manufacturer", false, MAKER.certificate());
        return List.of(maker, Context.of("the supplier", true, MAKER.certificate()), Context.of("the signer", false, null),
                maker.about(MAKER.certificate(), Instant.parse("2026-03-01T12:00:00Z"), "key compromise"),
                maker.about(ISSUING.certificate(), Instant.parse("2026-03-01T12:00:00Z"), "unspecified"),
                maker.about(ISSUING.certificate(), null, null));
    }

    @Test
    void everySubIndicationDssCanGiveIsOneOfOurs() {
        for (eu.europa.esig.dss.enumerations.SubIndication dss : eu.europa.esig.dss.enumerations.SubIndication.values()) {
            assertThat(SubIndication.valueOf(dss.name())).isNotNull();
        }
    }

    @Test
    void everySubIndicationHasAPlainSentenceWithoutEnumNamesNullsOrIsoDates() {
        List<SubIndication> all = new ArrayList<>(Arrays.asList(SubIndication.values()));
        all.add(null);
        for (SubIndication sub : all) {
            for (Context context : contexts()) {
                String sentence = PlainReasons.of(sub, context);
                assertThat(sentence).as(sub + " " + context).isNotBlank().endsWith(".")
                        .doesNotContain("null").doesNotContain("!").doesNotContainPattern("[A-Z]+_[A-Z]+")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("CN=");
                assertThat(Character.isUpperCase(sentence.charAt(0))).as(sentence).isTrue();
            }
        }
    }

    @Test
    void aFormChangedAfterSigningSaysSo() {
        assertThat(PlainReasons.of(SubIndication.HASH_FAILURE, Context.of("the manufacturer", false, MAKER.certificate())))
                .isEqualTo("The form was changed after the manufacturer signed it, or the signature is for another file:"
                        + " upload the exact form that was signed.");
    }

    @Test
    void anExpiredCertificateGivesItsExpiryDayTheUkWay() {
        Context expired = Context.of("the manufacturer", false, MAKER.certificate())
                .about(MAKER.certificate(), Instant.parse("2026-06-30T23:30:00Z"), null);

        assertThat(PlainReasons.of(SubIndication.OUT_OF_BOUNDS_NO_POE, expired)).isEqualTo(
                "The manufacturer's certificate expired on 1 July 2026: sign again with a current certificate.");
    }

    @Test
    void aRevokedIssuingCaIsNamedWithTheDayAndReason() {
        Context revoked = Context.of("the supplier", false, MAKER.certificate())
                .about(ISSUING.certificate(), Instant.parse("2026-12-01T09:00:00Z"), "ca compromise");

        assertThat(PlainReasons.of(SubIndication.REVOKED, revoked)).isEqualTo("The IKI issuing CA Reasons Issuing, which"
                + " issued the supplier's certificate, was revoked on 1 December 2026 (ca compromise): nothing signed under"
                + " it is trusted. Sign again with a certificate from a current IKI issuing CA.");
    }

    @Test
    void aRevokedSignerCertificateIsTheSignersOwn() {
        Context revoked = Context.of("the manufacturer", false, MAKER.certificate())
                .about(MAKER.certificate(), TestPki.NOW.minus(Duration.ofDays(20)), "key compromise");

        assertThat(PlainReasons.of(SubIndication.REVOKED, revoked)).isEqualTo("The manufacturer's certificate was revoked"
                + " on 1 November 2026 (key compromise): it can no longer be used. Sign again with a current certificate.");
    }

    @Test
    void aMissingSignerCertificateIsNamedAsSuch() {
        String expected = "The signer's certificate is missing from the signature file, so who signed cannot be told:"
                + " sign again including the certificate.";

        assertThat(PlainReasons.of(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, Context.of("the signer", false, null)))
                .isEqualTo(expected);
        assertThat(PlainReasons.of(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, Context.of("the signer", false, null)))
                .isEqualTo(expected);
    }

    @Test
    void aNotYetValidCertificateSaysFromWhen() {
        Context early = Context.of("the DCC", false, MAKER.certificate())
                .about(MAKER.certificate(), Instant.parse("2030-01-01T00:00:00Z"), null);

        assertThat(PlainReasons.of(SubIndication.NOT_YET_VALID, early)).isEqualTo("The DCC's certificate is not valid until"
                + " 1 January 2030: sign again once it is valid, or with a current certificate.");
    }

    @Test
    void aRuleOfOurOwnIsMorePreciseThanTheTable() {
        Context sha1 = Context.of("the manufacturer", false, MAKER.certificate())
                .withDetail("The signature uses SHA1, which is not accepted: sign with SHA-256 or stronger.");

        assertThat(PlainReasons.of(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, sha1))
                .isEqualTo("The signature uses SHA1, which is not accepted: sign with SHA-256 or stronger.");
    }

    @Test
    void partiesAreNamedByWhatTheyAre() {
        assertThat(PlainReasons.who(SignerParty.Kind.MANUFACTURER)).isEqualTo("the manufacturer");
        assertThat(PlainReasons.who(SignerParty.Kind.SUPPLIER)).isEqualTo("the supplier");
        assertThat(PlainReasons.who(SignerParty.Kind.DCC)).isEqualTo("the DCC");
        assertThat(PlainReasons.who(null)).isEqualTo("the signer");
    }
}
