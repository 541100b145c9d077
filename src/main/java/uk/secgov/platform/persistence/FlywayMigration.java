package uk.secgov.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Brings the application schema up to date with Flyway while the persistence unit starts, before
 * Hibernate validates the mapping against it. Flyway owns the schema; Hibernate only checks it.
 * Registered in {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class FlywayMigration implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigration.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Flyway flyway = Flyway.configure(FlywayMigration.class.getClassLoader())
                .dataSource(dataSource)
                // The versions both databases share, and the few written for each (PostgreSQL's indexes).
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Application schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** {@code postgresql} or {@code h2}: the folder of the migrations written for this database. */
    static String vendor(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Unsupported database " + product + ": use PostgreSQL or H2");
        } catch (java.sql.SQLException unreachable) {
            throw new IllegalStateException("The database cannot be reached to migrate it", unreachable);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to undo: the schema stays as migrated
    }
}
