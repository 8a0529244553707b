package ua.hromada.core.identity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Re-keys every person in place under a new secret: key := HMAC(new secret, key), so that
 * afterwards the key of an identifier is the chain {@link PersonKeys} computes with the old
 * secret(s) listed as earlier ones. Identifiers are never stored, so this is the only way to
 * change the secret without losing who signed what. One transaction: all keys change or none.
 * Run with WildFly stopped ({@code ./hromada rekey}, docs/operations.md); each new secret is
 * applied once (its fingerprint is in the audit), keys of deleted accounts stay as they are.
 */
public final class PersonKeyRotation {
    static final String ACTION = "person-key.rotate";
    private static final String ERASED = Person.ERASED_KEY_PREFIX + "%";
    private static final int BATCH = 1000;

    private PersonKeyRotation() {
    }

    /** A value that names a secret in the audit without revealing it. */
    static String fingerprint(String secret) {
        return PersonKeys.hmac(secret, "hromada person-key fingerprint").substring(0, 16);
    }

    /** Re-keys all persons under {@code newSecret}; returns how many keys changed. */
    public static int rekey(Connection db, String newSecret) throws SQLException {
        String fingerprint = fingerprint(newSecret);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (PreparedStatement applied = db.prepareStatement(
                    "select count(*) from audit_entry where action = ? and object_id = ?")) {
                applied.setString(1, ACTION);
                applied.setString(2, fingerprint);
                try (ResultSet rs = applied.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("this secret was applied already (fingerprint " + fingerprint
                                + "): applying it twice would make every key unreachable");
                    }
                }
            }
            int changed = 0;
            long after = 0;
            try (PreparedStatement page = db.prepareStatement("select id, person_key from person where id > ?"
                    + " and person_key not like ? order by id limit " + BATCH + " for update");
                    PreparedStatement update = db.prepareStatement("update person set person_key = ? where id = ?")) {
                while (true) {
                    page.setLong(1, after);
                    page.setString(2, ERASED);
                    int rows = 0;
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            update.setString(1, PersonKeys.hmac(newSecret, rs.getString(2)));
                            update.setLong(2, after);
                            update.addBatch();
                            rows++;
                        }
                    }
                    if (rows == 0) {
                        break;
                    }
                    update.executeBatch();
                    changed += rows;
                }
            }
            try (PreparedStatement audit = db.prepareStatement("insert into audit_entry"
                    + " (at, actor, community_id, action, object_type, object_id, summary)"
                    + " values (utc_timestamp(6), ?, null, ?, ?, ?, ?)")) { // stored in UTC, as the application does
                audit.setString(1, "system:person-key-rotation");
                audit.setString(2, ACTION);
                audit.setString(3, "person_key_secret");
                audit.setString(4, fingerprint);
                audit.setString(5, changed + " person keys re-keyed under the secret with fingerprint " + fingerprint);
                audit.executeUpdate();
            }
            db.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** {@code ./hromada rekey}: the database from HROMADA_DB_URL/_USER/_PASSWORD, the new secret from HROMADA_PERSON_KEY_NEW_SECRET. */
    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("HROMADA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/hromada");
        String secret = System.getenv("HROMADA_PERSON_KEY_NEW_SECRET");
        if (secret == null || secret.length() < PersonKeys.MIN_SECRET_LENGTH) {
            System.err.println("rekey: HROMADA_PERSON_KEY_NEW_SECRET must hold the new secret (at least "
                    + PersonKeys.MIN_SECRET_LENGTH + " characters)");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("HROMADA_DB_USER", "root"),
                System.getenv().getOrDefault("HROMADA_DB_PASSWORD", ""))) {
            int changed;
            try {
                changed = rekey(db, secret);
            } catch (IllegalStateException e) {
                System.err.println("rekey: nothing changed: " + e.getMessage());
                System.exit(1);
                return;
            }
            System.out.println("rekey: " + changed + " person keys re-keyed; fingerprint of the new secret "
                    + fingerprint(secret) + ". Now append the old secret to HROMADA_PERSON_KEY_EARLIER_SECRETS"
                    + " and set HROMADA_PERSON_KEY_SECRET to the new one before starting WildFly.");
        }
    }
}
