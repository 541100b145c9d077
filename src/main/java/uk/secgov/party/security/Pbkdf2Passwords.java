package uk.secgov.party.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import uk.secgov.party.PasswordHashing;

/**
 * Passwords as PBKDF2-HMAC-SHA512 with a 32-byte random salt and 210,000 iterations (OWASP's
 * figure for this algorithm), using the Jakarta Security implementation of the server. The
 * parameters are stored in each hash, so raising them later still verifies old hashes.
 */
@ApplicationScoped
class Pbkdf2Passwords implements PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
