package kz.kepil.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.platform.persistence.DatabaseMigrations;
import kz.kepil.platform.persistence.MigrationState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The database is reachable and the schema migrations have been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    MigrationState migrations;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(3);
        } catch (SQLException e) {
            reachable = false;
            response.withData("error", e.getMessage());
        }
        String version = migrations.appliedVersion().orElse(null);
        response.withData("reachable", reachable)
                .withData("migrations", version == null ? "pending" : "applied")
                .withData("schemaVersion", version == null ? "" : version);
        return response.status(reachable && version != null).build();
    }
}
