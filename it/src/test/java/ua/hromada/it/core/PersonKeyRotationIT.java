package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.identity.PersonKeyRotation;
import ua.hromada.core.identity.PersonKeys;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Rotating the person-key secret in place: a person signed in through the server keeps being
 * found after `./hromada rekey` re-keys a copy of the person table, because the stored key becomes
 * exactly the chain PersonKeys computes with the old secret listed as an earlier one. A copy, so
 * the other tests keep the server's secret.
 */
class PersonKeyRotationIT {
    private static final String NEW_SECRET = "a-new-secret-for-the-rotation-test-0123456789";

    @Test
    void rekeyingMakesEveryStoredKeyTheChainUnderTheNewSecretOnceAndLeavesErasedKeys() throws Exception {
        String identifier = NationalIdentifiers.random();
        new CabinetClient(identifier, "Роман Ротація"); // signs in through the server and the mock provider
        String oldSecret = System.getProperty("hromada.it.person-key-secret");
        assertThat(TestDatabase.count("select count(*) from person where person_key = ?", TestDatabase.personKey(identifier)))
                .as("signed in under the server's secret").isEqualTo(1);

        String scratch;
        try (Connection test = TestDatabase.connect(); Statement s = test.createStatement()) {
            String database;
            try (ResultSet rs = s.executeQuery("select database()")) {
                rs.next();
                database = rs.getString(1);
            }
            scratch = database + "_rekey";
            s.execute("drop database if exists `" + scratch + "`");
            s.execute("create database `" + scratch + "`");
            s.execute("create table `" + scratch + "`.person like `" + database + "`.person");
            s.execute("insert into `" + scratch + "`.person select * from `" + database + "`.person");
            s.execute("create table `" + scratch + "`.audit_entry like `" + database + "`.audit_entry");
            s.execute("insert into `" + scratch + "`.person (person_key, full_name, created_at, last_sign_in_at)"
                    + " values ('erased:gone', '—', utc_timestamp(6), utc_timestamp(6))");
        }
        String url = ItSettings.dbUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String scratchUrl = base.substring(0, base.lastIndexOf('/') + 1) + scratch + (query < 0 ? "" : url.substring(query));
        try (Connection copy = DriverManager.getConnection(scratchUrl, ItSettings.dbUser(),
                System.getenv().getOrDefault("HROMADA_DB_PASSWORD", ""))) {
            long people = count(copy, "select count(*) from person where person_key not like 'erased:%'");
            assertThat(PersonKeyRotation.rekey(copy, NEW_SECRET)).isEqualTo(people);

            String chained = PersonKeys.keyOf(List.of(oldSecret, NEW_SECRET), identifier);
            assertThat(count(copy, "select count(*) from person where person_key = '" + chained + "'"))
                    .as("the key sign-in computes with the old secret as an earlier one").isEqualTo(1);
            assertThat(count(copy, "select count(*) from person where person_key = '" + TestDatabase.personKey(identifier) + "'"))
                    .as("the old key is gone").isZero();
            assertThat(count(copy, "select count(*) from person where person_key = 'erased:gone'")).isEqualTo(1);
            assertThat(count(copy, "select count(*) from audit_entry where action = 'person-key.rotate'"
                    + " and summary not like '%" + NEW_SECRET + "%'")).as("audited, without the secret").isEqualTo(1);

            assertThatThrownBy(() -> PersonKeyRotation.rekey(copy, NEW_SECRET)).as("the same secret twice")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(count(copy, "select count(*) from person where person_key = '" + chained + "'"))
                    .as("nothing changed by the refused second run").isEqualTo(1);
        } finally {
            try (Connection test = TestDatabase.connect(); Statement s = test.createStatement()) {
                s.execute("drop database if exists `" + scratch + "`");
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
