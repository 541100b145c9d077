package uk.secgov.signature;

import java.util.Set;

/**
 * The RFC 5280 path-validation inputs about certificate policies. An empty {@code initialPolicies}
 * means any policy. CPL verification uses {@link #anyPolicy()}; the conformance tests vary them.
 */
public record PolicySettings(Set<String> initialPolicies, boolean explicitPolicyRequired,
        boolean policyMappingInhibited, boolean anyPolicyInhibited) {

    public PolicySettings {
        initialPolicies = Set.copyOf(initialPolicies);
    }

    public static PolicySettings anyPolicy() {
        return new PolicySettings(Set.of(), false, false, false);
    }
}
