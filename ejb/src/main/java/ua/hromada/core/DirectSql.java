package ua.hromada.core;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Statements straight to the application's datasource, for the hot paths only (what a surge asks
 * thousands of times a second, a token's caller say): there Hibernate's per-call work was most of a request's CPU, since every
 * {@code find} of a tenant-filtered entity builds a new loader and translates its SQL again, and
 * a native query is parsed on every call. Inside a container transaction the connection is the
 * transaction's (the pool shares it with Hibernate's), so what these statements write commits or
 * rolls back with the rest. The caller names its columns and its tenant condition: no filter applies.
 * Times are UTC wall-clock, as Hibernate stores them ({@code hibernate.jdbc.time_zone}).
 */
@ApplicationScoped
public class DirectSql {
    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Resource(lookup = "java:jboss/datasources/HromadaDS")
    DataSource dataSource;

    /** Every row the query answers. */
    public <T> List<T> list(String sql, Row<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException("a direct statement failed: " + e.getSQLState(), e);
        }
    }

    /** The first row the query answers, if any. */
    public <T> Optional<T> first(String sql, Row<T> reader, Object... parameters) {
        List<T> rows = list(sql, reader, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The rows an insert, update or delete changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("a direct statement failed: " + e.getSQLState(), e);
        }
    }

    /** A time column as the instant Hibernate wrote (null stays null). */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    /** A time value of a native query's row (a local date-time or a timestamp, as the driver gives it) as the instant written. */
    public static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return value == null ? null : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, bound(parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Object bound(Object parameter) {
        if (parameter instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (parameter instanceof Enum<?> constant) {
            return constant.name();
        }
        if (parameter == null) {
            throw new IllegalArgumentException("a direct statement binds no null: write the condition in its SQL");
        }
        return parameter;
    }
}
