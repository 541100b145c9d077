package uk.secgov.modification;

/** Panel Information Policy classification; only White is public. */
public enum Classification {
    WHITE, GREEN, AMBER, RED
}
