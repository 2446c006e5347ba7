package kz.kepil.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Whether the migrations ran to the end in this start of the portal, and to which version. */
@ApplicationScoped
public class MigrationState {

    private volatile String version;

    void applied(String schemaVersion) {
        this.version = schemaVersion == null ? "none" : schemaVersion;
    }

    public Optional<String> appliedVersion() {
        return Optional.ofNullable(version);
    }
}
