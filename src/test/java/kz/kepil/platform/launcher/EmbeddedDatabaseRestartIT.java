package kz.kepil.platform.launcher;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data across restarts, also when the data directory lies under the
 * system's temporary directory (as a clone in /tmp does), and stops cleanly when told to.
 */
class EmbeddedDatabaseRestartIT {

    private static final int PORT = 3341;

    @Test
    void dataSurvivesARestartEvenUnderTheSystemTemporaryDirectory() throws Exception {
        Path systemTmp = Path.of(System.getProperty("kepil.system.tmp", "/tmp"));
        Path dataDir = Files.createTempDirectory(systemTmp, "kepil-restart-");
        Path pidFile = dataDir.resolve("db.pid");
        try {
            Process first = start(systemTmp, dataDir, pidFile);
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE kept (note VARCHAR(20))");
                s.executeUpdate("INSERT INTO kept VALUES ('still here')");
            }
            stop(first, pidFile);

            Process second = start(systemTmp, dataDir, pidFile);
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            } finally {
                stop(second, pidFile);
            }
        } finally {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Process start(Path systemTmp, Path dataDir, Path pidFile) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Djava.io.tmpdir=" + systemTmp, "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "database",
                "--db-port=" + PORT, "--data-dir=" + dataDir, "--pid-file=" + pidFile))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("launcher.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = connect()) {
                return process;
            } catch (Exception notYet) {
                assertThat(process.isAlive()).as(Files.readString(dataDir.resolve("launcher.log"))).isTrue();
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the embedded database did not start: " + Files.readString(dataDir.resolve("launcher.log")));
    }

    private static void stop(Process process, Path pidFile) throws Exception {
        assertThat(Launcher.execute(new String[]{"stop", "--pid-file=" + pidFile})).isZero();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/kepil?connectTimeout=2000", "kepil", "kepil");
    }
}
