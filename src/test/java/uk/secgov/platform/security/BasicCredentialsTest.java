package uk.secgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColonSoPasswordsMayContainColons() {
        assertThat(SecGovAuthenticationMechanism.decodeBasic(encode("sue:pa:ss:word")))
                .hasValueSatisfying(c -> {
                    assertThat(c.getCaller()).isEqualTo("sue");
                    assertThat(c.getPasswordAsString()).isEqualTo("pa:ss:word");
                });
    }

    @Test
    void refusesMalformedCredentials() {
        assertThat(SecGovAuthenticationMechanism.decodeBasic("not base64!")).isEmpty();
        assertThat(SecGovAuthenticationMechanism.decodeBasic(encode("no-colon"))).isEmpty();
        assertThat(SecGovAuthenticationMechanism.decodeBasic(encode(":password-without-user"))).isEmpty();
    }
}
