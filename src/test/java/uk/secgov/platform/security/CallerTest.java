package uk.secgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final Caller supplier = Caller.person("supplier", List.of("supplier"));

    @Test
    void aPersonMayCallAUseCaseOfOneOfTheirRoles() {
        assertThat(supplier.mayCall("secas", "supplier")).isTrue();
        assertThat(supplier.mayCall("secas", "panel")).isFalse();
    }

    @Test
    void anAnonymousVisitorMayCallOnlyWhatAnyoneMay() {
        assertThat(Caller.ANONYMOUS.mayCall(Allowed.ANYONE)).isTrue();
        assertThat(Caller.ANONYMOUS.mayCall(Allowed.SIGNED_IN)).isFalse();
        assertThat(Caller.ANONYMOUS.mayCall("supplier")).isFalse();
    }

    @Test
    void anySignedInPersonMayCallWhatSignedInPeopleMay() {
        assertThat(supplier.mayCall(Allowed.SIGNED_IN)).isTrue();
    }

    @Test
    void noPersonMayCallWhatOnlyTheApplicationDoes() {
        assertThat(Caller.person("secas", List.of("secas", "admin")).mayCall(Allowed.SYSTEM)).isFalse();
        assertThat(supplier.mayCall()).isFalse();
    }

    @Test
    void theApplicationItselfMayCallEveryUseCase() {
        assertThat(Caller.SYSTEM.mayCall(Allowed.SYSTEM)).isTrue();
        assertThat(Caller.SYSTEM.mayCall("secas")).isTrue();
    }

    @Test
    void aRefusalAsksAnAnonymousVisitorToSignIn() {
        assertThat(Callers.refusal(Caller.ANONYMOUS, "remove an entry").anonymous()).isTrue();
        assertThat(Callers.refusal(Caller.ANONYMOUS, "remove an entry")).hasMessage("Sign in to remove an entry.");
        assertThat(Callers.refusal(supplier, "remove an entry"))
                .hasMessage("Your role does not allow you to remove an entry.");
    }

    @Test
    void workRunAsTheApplicationIsMarkedOnlyWhileItRuns() throws Exception {
        assertThat(Callers.asSystem(Callers::actingAsSystem)).isTrue();
        assertThat(Callers.actingAsSystem()).isFalse();
    }
}
