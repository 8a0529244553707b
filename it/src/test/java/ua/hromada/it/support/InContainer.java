package ua.hromada.it.support;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;

/**
 * Small test archives that run inside the server next to the one deployed EAR: they see the EAR's
 * classes through a module dependency and call its session beans through their global JNDI names,
 * so the application itself is deployed once per run and never rebuilt per test class.
 */
public final class InContainer {
    private static final String STRUCTURE = """
            <jboss-deployment-structure>
              <deployment>
                <dependencies>
                  <module name="deployment.hromada.ear" services="import"/>
                  <module name="deployment.hromada.ear.hromada-ejb.jar" services="import"/>
                </dependencies>
              </deployment>
            </jboss-deployment-structure>
            """;

    private static final Actor AUDITOR = new Actor("it-auditor", Set.of(Role.PLATFORM_ADMIN), Map.of(), null,
            SignInStrength.STRONG);

    private InContainer() {
    }

    public static WebArchive testArchive(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(classes)
                .addClasses(InContainer.class, Http.class, CommunityWorld.class, NationalIdentifiers.class)
                .addAsWebInfResource(new StringAsset(STRUCTURE), "jboss-deployment-structure.xml");
    }

    /** A session bean of the EAR's EJB module, by its no-interface view. */
    public static <T> T bean(Class<T> type) {
        String name = "java:global/hromada/hromada-ejb/" + type.getSimpleName() + "!" + type.getName();
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("No bean at " + name, e);
        }
    }

    /** The audit history of one object, read as a platform administrator: the bean checks who reads it. */
    public static List<AuditEntry> auditOf(String objectType, Object objectId) {
        return Acting.as(AUDITOR, () -> bean(AuditTrail.class).of(objectType, objectId));
    }

    /** Registers a new community (unique slug starting with {@code prefix}) as the given actor, with the tools keyed {@code tools}. */
    public static Community newCommunity(Actor actor, String prefix, String nameUk, String... tools) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Acting.as(actor, () -> bean(CommunityDirectory.class)
                .create(slug, nameUk, "Community " + slug, ZoneId.of("Europe/Kyiv"), Set.of(tools)));
    }

    /** A count (or any single number) read straight from the application's database, bypassing the beans. */
    public static long count(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepared(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement run straight on the application's database: a test moves a date where the clock cannot. */
    public static void execute(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepared(c, sql, params)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/HromadaDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's own HTTP address, seen from inside it (honours the port offset). */
    public static String baseUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }
}
