package uk.secgov.party;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short while, that a password matched a stored password hash, so that an API client
 * sending HTTP Basic credentials with every request does not pay the full PBKDF2 cost on each one.
 *
 * <p>What is kept is an HMAC-SHA256 of the password under a random key that lives only in this
 * object's memory, together with the stored hash it was checked against. A remembered check counts only
 * for the same password and the same stored hash: changing the password (a new stored hash) forgets it at
 * once. Only matches are remembered; a wrong password always pays the full check. Whether the account and
 * its party may still sign in is not remembered: {@link SignInCheck} reads it on every request.
 * {@code Duration.ZERO} switches remembering off. See ADR 0007.
 */
final class RecentPasswordChecks {

    /** At most this many users are remembered; beyond it, the expired ones and then all are forgotten. */
    static final int MAX_USERS = 10_000;

    private record Match(String storedHash, byte[] passwordMac, Instant until) {
    }

    private final Map<String, Match> matches = new ConcurrentHashMap<>();
    private final Duration remembered;
    private final Clock clock;
    private final SecretKeySpec key;

    RecentPasswordChecks(Duration remembered, Clock clock) {
        this.remembered = remembered;
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** Remembering for {@code secgov.auth.cache-seconds} (from {@code SECGOV_AUTH_CACHE_SECONDS}), 300 s by default. */
    static RecentPasswordChecks configured() {
        String value = System.getProperty("secgov.auth.cache-seconds", System.getenv("SECGOV_AUTH_CACHE_SECONDS"));
        long seconds = 300;
        if (value != null && !value.isBlank()) {
            try {
                seconds = Math.max(0, Long.parseLong(value.strip()));
            } catch (NumberFormatException notANumber) {
                throw new IllegalStateException("SECGOV_AUTH_CACHE_SECONDS must be a whole number of seconds, not '"
                        + value + "'");
            }
        }
        return new RecentPasswordChecks(Duration.ofSeconds(seconds), Clock.systemUTC());
    }

    /** Whether this password was found to match this stored hash recently. */
    boolean matchedRecently(String username, String storedHash, char[] password) {
        if (remembered.isZero()) {
            return false;
        }
        Match match = matches.get(username);
        if (match == null || !match.storedHash().equals(storedHash) || !clock.instant().isBefore(match.until())) {
            return false;
        }
        return MessageDigest.isEqual(match.passwordMac(), mac(password));
    }

    /** Records that the full check found this password matches this stored hash. */
    void rememberMatch(String username, String storedHash, char[] password) {
        if (remembered.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (matches.size() >= MAX_USERS) {
            matches.values().removeIf(match -> !now.isBefore(match.until()));
            if (matches.size() >= MAX_USERS) {
                matches.clear();
            }
        }
        matches.put(username, new Match(storedHash, mac(password), now.plus(remembered)));
    }

    private byte[] mac(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(bytes);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available", unavailable);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
