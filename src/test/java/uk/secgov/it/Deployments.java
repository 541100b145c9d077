package uk.secgov.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships (failsafe passes its path in {@code secgov.war}). */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("secgov.war",
                "target/sec-governance.war")));
    }
}
