package kz.kepil.platform.launcher;

import java.util.Map;
import java.util.Optional;

/** Where the portal's database is, handed to Payara Micro as the environment MicroProfile Config reads. */
record DatabaseSettings(String url, String user, String password) {

    static Optional<DatabaseSettings> fromEnvironment(Map<String, String> env) {
        String url = env.get("KEPIL_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(url, env.getOrDefault("KEPIL_DB_USER", "root"),
                env.getOrDefault("KEPIL_DB_PASSWORD", "")));
    }

    Map<String, String> asEnvironment() {
        return Map.of("KEPIL_DB_URL", url, "KEPIL_DB_USER", user, "KEPIL_DB_PASSWORD", password);
    }
}
