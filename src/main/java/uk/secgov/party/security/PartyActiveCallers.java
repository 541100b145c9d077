package uk.secgov.party.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import uk.secgov.party.SignInCheck;
import uk.secgov.platform.security.ActiveCallers;

@ApplicationScoped
class PartyActiveCallers implements ActiveCallers {

    @Inject
    SignInCheck signInCheck;

    @Override
    public Optional<Set<String>> rolesOf(String username) {
        return signInCheck.stillActive(username).map(SignInCheck.Caller::roles);
    }
}
