package uk.secgov.web.forged;

/** The one pause of the forged-request tests, between two looks at a condition they wait for (never a fixed wait). */
final class Waiting {

    private Waiting() {
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
