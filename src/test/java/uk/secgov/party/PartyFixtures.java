package uk.secgov.party;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Parties, accounts and a transparent password hashing for tests of the party feature. */
public final class PartyFixtures {

    public static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private PartyFixtures() {
    }

    public static Party party(String name, PartyCategory category) {
        return Party.register(name, category, name + " Ltd", category == PartyCategory.MANUFACTURER ? "1063" : null,
                "admin", NOW);
    }

    /** Reversible "hashing" so tests can see what was stored; the real one is PBKDF2 in the server. */
    public static final class PlainPasswords implements PasswordHashing {
        final Map<String, Integer> hashed = new HashMap<>();
        int compared;

        @Override
        public String hash(char[] password) {
            hashed.merge(new String(password), 1, Integer::sum);
            return "plain:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            compared++;
            return hash.equals("plain:" + new String(password));
        }
    }
}
