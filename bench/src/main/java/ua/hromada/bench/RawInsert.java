package ua.hromada.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The physical reference: what the same MariaDB does with one signature-sized INSERT and a commit
 * per attempt, each signer on its own connection (as each request of the application holds one).
 */
final class RawInsert implements Attempt, AutoCloseable {
    static final String TABLE = "bench_raw_signature";
    private static final String INSERT = "insert into " + TABLE
            + " (petition_id, community_id, person_id, full_name, signed_at, strength) values (?, ?, ?, ?, ?, ?)";

    /** Opens one connection to the bench database. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;
    private final long petitionId;
    private final long communityId;
    private final long[] personIds;
    private final List<Connection> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<PreparedStatement> statement = new ThreadLocal<>();

    RawInsert(ConnectionSource source, long petitionId, long communityId, long[] personIds) {
        this.source = source;
        this.petitionId = petitionId;
        this.communityId = communityId;
        this.personIds = personIds;
    }

    @Override
    public Outcome sign(int person) throws SQLException {
        PreparedStatement insert = statement();
        insert.setLong(1, petitionId);
        insert.setLong(2, communityId);
        insert.setLong(3, personIds[person]);
        insert.setString(4, Seeding.fullName(person));
        insert.setTimestamp(5, Timestamp.from(Instant.now()));
        insert.setString(6, "STRONG");
        try {
            insert.executeUpdate();
            insert.getConnection().commit();
            return Outcome.SIGNED;
        } catch (SQLIntegrityConstraintViolationException e) {
            insert.getConnection().rollback();
            return Outcome.ALREADY_SIGNED;
        }
    }

    private PreparedStatement statement() throws SQLException {
        PreparedStatement insert = statement.get();
        if (insert == null) {
            // the application's datasource: read committed, explicit transactions
            Connection connection = source.open();
            opened.add(connection);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            insert = connection.prepareStatement(INSERT);
            statement.set(insert);
        }
        return insert;
    }

    @Override
    public void close() {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the step is over; a connection that fails to close is dropped by the server
            }
        }
    }
}
