package ua.hromada.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Creates the fresh test database before the server starts and drops it after the tests
 * (the it/ pom runs it through exec:java): every run starts from an empty schema that the EAR
 * migrates itself.
 */
public final class TestDatabaseLifecycle {
    private TestDatabaseLifecycle() {
    }

    public static void main(String[] args) throws SQLException {
        String server = System.getProperty("hromada.it.db.server", "jdbc:mariadb://127.0.0.1:3306/");
        String name = System.getProperty("hromada.it.db.name", "hromada_it");
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("unsafe database name: " + name);
        }
        String password = System.getenv().getOrDefault("HROMADA_DB_PASSWORD", "");
        // A data source, not DriverManager: exec:java runs each call in a fresh class loader, and
        // DriverManager registers drivers only once per JVM.
        MariaDbDataSource dataSource = new MariaDbDataSource(server);
        try (Connection c = dataSource.getConnection(ItSettings.dbUser(), password);
                Statement s = c.createStatement()) {
            s.executeUpdate("drop database if exists `" + name + "`");
            if ("create".equals(args[0])) {
                s.executeUpdate("create database `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            }
        }
        System.out.println("test database " + name + ": " + ("create".equals(args[0]) ? "created" : "dropped"));
    }
}
