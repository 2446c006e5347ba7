package kz.kepil.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment builder for in-container tests: the portal's own WAR as the build packaged it
 * (system property {@code kepil.war}), plus the test classes and support a test names.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal(Class<?>... testClasses) {
        File war = new File(System.getProperty("kepil.war", "target/kepil.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after `package`");
        }
        return ShrinkWrap.create(ZipImporter.class, "kepil.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a test library class was loaded from, to ship it inside the deployment. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
