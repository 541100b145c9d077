package uk.secgov.signature.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.secgov.signature.Indication;
import uk.secgov.signature.SubIndication;

class SignatureWordsTest {

    private final SignatureWords words = new SignatureWords();

    @Test
    void theEtsiResultIsShownInWords() {
        assertThat(words.etsi(Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE))
                .isEqualTo("ETSI result: total failed, hash failure");
        assertThat(words.etsi(Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE))
                .isEqualTo("ETSI result: indeterminate, cryptographic constraints failure no proof of existence");
        assertThat(words.etsi(Indication.TOTAL_PASSED, null)).isEqualTo("ETSI result: total passed");
        for (SubIndication sub : SubIndication.values()) {
            assertThat(words.etsi(sub.indication(), sub).substring("ETSI result: ".length())).doesNotContain("_").doesNotContainPattern("[A-Z]{3,}");
        }
    }

    @Test
    void algorithmsAreShownAsPeopleWriteThem() {
        assertThat(words.algorithm("RSA_SHA256")).isEqualTo("RSA with SHA-256");
        assertThat(words.algorithm("ECDSA_SHA384")).isEqualTo("ECDSA with SHA-384");
        assertThat(words.algorithm("RSA_SSA_PSS_SHA512_MGF1")).isEqualTo("RSA-PSS with SHA-512");
        assertThat(words.algorithm("RSA_SHA1")).isEqualTo("RSA with SHA-1");
        assertThat(words.algorithm("RSA_SHA3_256")).isEqualTo("RSA with SHA3-256");
        assertThat(words.algorithm("unknown")).isEqualTo("not recognised");
    }
}
