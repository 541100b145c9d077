package uk.secgov.party;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a password matched a stored password hash, so that an API client
 * sending HTTP Basic credentials with every request does not pay the full PBKDF2 cost on each one.
 *
 * <p>What is kept is a SHA-256 digest of a random 256-bit key that lives only in this object's memory
 * followed by the password (a keyed digest: without the key it cannot be checked against guesses), together with the stored hash it was checked against. A remembered check counts only
 * for the same password and the same stored hash: changing the password (a new stored hash) forgets it at
 * once. Only matches are remembered; a wrong password always pays the full check. Whether the account and
 * its party may still sign in is not remembered: {@link SignInCheck} reads it on every request.
 * {@code Duration.ZERO} switches remembering off. See ADR 0007.
 */
final class RecentPasswordChecks {

    /** At most this many users are remembered; beyond it, the expired ones and then all are forgotten. */
    static final int MAX_USERS = 10_000;

    private record Match(String storedHash, byte[] passwordDigest, Instant until) {
    }

    private final Map<String, Match> matches = new ConcurrentHashMap<>();
    private final Duration remembered;
    private final Clock clock;
    private final byte[] key = new byte[32];

    RecentPasswordChecks(Duration remembered, Clock clock) {
        this.remembered = remembered;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
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
        return MessageDigest.isEqual(match.passwordDigest(), digest(password));
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
        matches.put(username, new Match(storedHash, digest(password), now.plus(remembered)));
    }

    private byte[] digest(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(key);
            return sha256.digest(bytes);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available", unavailable);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
