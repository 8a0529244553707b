package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import ua.hromada.core.schema.SchemaMigration;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/** The deployed EAR migrated the fresh database itself; migrating again changes nothing. */
class MigrationIT {

    @Test
    void everyMigrationWasAppliedByTheApplicationAndIsValid() throws Exception {
        MariaDbDataSource dataSource = new MariaDbDataSource(ItSettings.dbUrl());
        dataSource.setUser(ItSettings.dbUser());
        Flyway flyway = SchemaMigration.flyway(dataSource);
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        flyway.validate();
        assertThat(TestDatabase.count("select count(*) from public_holiday")).isGreaterThan(0);
    }
}
