package ua.hromada.it.support;

/** Where the server and database under test are; set by failsafe from the it/ pom. */
public final class ItSettings {
    private ItSettings() {
    }

    public static String baseUrl() {
        return System.getProperty("hromada.it.base-url", "http://127.0.0.1:8080");
    }

    public static String dbUrl() {
        return System.getProperty("hromada.it.db.url", "jdbc:mariadb://127.0.0.1:3306/hromada_it");
    }

    public static String dbUser() {
        return System.getProperty("hromada.it.db.user", "root");
    }

    public static int managementPort() {
        return Integer.getInteger("it.management.port", 9990);
    }
}
