package uk.secgov.party;

/** Turns a password into a salted, slow hash and checks a password against one. */
public interface PasswordHashing {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
