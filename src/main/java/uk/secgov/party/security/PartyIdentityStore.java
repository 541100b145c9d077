package uk.secgov.party.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import uk.secgov.party.SignInCheck;

/** The identity store of the application: user accounts in the database, roles as groups. */
@ApplicationScoped
public class PartyIdentityStore implements IdentityStore {

    @Inject
    SignInCheck signInCheck;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signInCheck.signIn(credential.getCaller(), credential.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.username(), caller.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
