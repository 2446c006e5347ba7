package kz.kepil.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date when the portal starts: the migrations in {@code sql/} first, then,
 * where demo data is wanted, the scripts in {@code sql/demo/} with a history of their own, so demo
 * data is loaded once and never mixed into the schema's history.
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=kepil.db.url}",
        user = "${MPCONFIG=kepil.db.user}",
        password = "${MPCONFIG=kepil.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATASOURCE = "java:app/jdbc/kepil";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kepil.demo", defaultValue = "false")
    boolean demo;

    @Inject
    MigrationState state;

    @PostConstruct
    void migrate() {
        MigrateResult schema = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "schema at version " + schema.targetSchemaVersion + ", " + schema.migrationsExecuted + " applied now");
        if (demo) {
            MigrateResult demoData = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("flyway_demo_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "demo data at version " + demoData.targetSchemaVersion + ", " + demoData.migrationsExecuted + " applied now");
        }
        state.applied(schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion);
    }
}
