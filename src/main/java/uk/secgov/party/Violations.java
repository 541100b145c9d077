package uk.secgov.party;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every problem of a request so the caller hears them all at once. */
final class Violations {

    private final List<InvalidPartyData.Violation> found = new ArrayList<>();

    /** Runs a check; a violation it throws is recorded and {@code null} returned. */
    <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidPartyData e) {
            found.addAll(e.violations());
            return null;
        }
    }

    void add(String field, String problem) {
        found.add(InvalidPartyData.violation(field, problem));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidPartyData(found);
        }
    }
}
