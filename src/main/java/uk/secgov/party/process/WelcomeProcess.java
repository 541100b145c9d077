package uk.secgov.party.process;

/** The names the welcome process and its adapters share. */
public final class WelcomeProcess {

    public static final String PROCESS_ID = "welcome";
    public static final String USER_ID = "userId";
    public static final String USERNAME = "username";
    public static final String WELCOME_MESSAGE = "welcomeMessage";

    private WelcomeProcess() {
    }
}
