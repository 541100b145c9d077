package uk.secgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallersTest {

    private final Callers callers = new Callers();

    @BeforeEach
    void servingARequest() {
        callers.activeCallers = name -> Optional.ofNullable(Map.of("supplier", Set.of("supplier")).get(name));
        Callers.servingARequest(true);
    }

    @AfterEach
    void done() {
        Callers.servingARequest(false);
    }

    @Test
    void aPrincipalWithAnActiveAccountIsThatPersonWithTheRolesTheAccountHasNow() {
        callers.security = securityWith(() -> "supplier");

        Caller caller = callers.current();

        assertThat(caller.signedIn()).isTrue();
        assertThat(caller.mayCall("supplier")).isTrue();
    }

    @Test
    void theServersOwnAnonymousPrincipalIsNobodySignedIn() {
        callers.security = securityWith(() -> "anonymous");

        Caller caller = callers.current();

        assertThat(caller.signedIn()).isFalse();
        assertThat(caller.mayCall(Allowed.SIGNED_IN)).isFalse();
    }

    @Test
    void noPrincipalIsAnAnonymousVisitor() {
        callers.security = securityWith(null);

        assertThat(callers.current()).isEqualTo(Caller.ANONYMOUS);
    }

    @Test
    void awayFromARequestTheCallerIsTheApplication() {
        Callers.servingARequest(false);
        callers.security = securityWith(() -> "supplier");

        assertThat(callers.current()).isEqualTo(Caller.SYSTEM);
    }

    /** A security context that answers only who the caller is (the edge of this unit). */
    private static SecurityContext securityWith(Principal principal) {
        return (SecurityContext) Proxy.newProxyInstance(CallersTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
