package ua.hromada.budget.management;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import ua.hromada.budget.OperatorImport;
import ua.hromada.budget.PabulibImport;
import ua.hromada.budget.SelectionRule;
import ua.hromada.budget.api.PublicResults;
import ua.hromada.core.HromadaException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.api.JsonMapping;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.web.Messages;

/**
 * Registers the budget import on the server's MBean server while the application is deployed.
 * WildFly serves that MBean server on its management interface only, so the operation is reached
 * with the management's own authentication (a local user of the same machine and OS account, or
 * a management user), never by an HTTP client or an API token.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BudgetImportRegistration {
    public static final String NAME = "ua.hromada:type=BudgetImport";
    private static final Logger LOG = Logger.getLogger(BudgetImportRegistration.class.getName());

    @Inject
    OperatorImport imports;

    @Inject
    CommunityCache communities;

    @Inject
    PublicResults results;

    private ObjectName name;

    @PostConstruct
    void register() {
        try {
            name = new ObjectName(NAME);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(name)) { // left behind by a deployment that did not stop cleanly
                server.unregisterMBean(name);
            }
            server.registerMBean(new StandardMBean(new Operation(getClass().getClassLoader()), BudgetImportMBean.class), name);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register " + NAME, e);
        }
    }

    @PreDestroy
    void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException e) {
            // already gone: nothing to undo
        }
    }

    /** Runs on the management interface's threads, which know nothing of the application: its class loader is set for each call. */
    private final class Operation implements BudgetImportMBean {
        private final ClassLoader application;

        Operation(ClassLoader application) {
            this.application = application;
        }

        @Override
        public String importPabulib(String community, String rule, String title, byte[] file, String language) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(application);
            try {
                Community into = communities.bySlug(community).filter(Community::isActive)
                        .orElseThrow(() -> new NotFoundException("community.not-found", community));
                PabulibImport.Imported made = imports.importPabulib(into.id(), rule(rule), title, file == null ? new byte[0] : file);
                return JsonMapping.write(CurrentCommunity.callAs(into.id(), () -> results.of(made.contestId())));
            } catch (HromadaException e) {
                // only JDK types cross the connection: the client has none of the application's classes
                throw new IllegalArgumentException(Messages.text(locale(language), e));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "budget import through the management interface failed", e);
                throw new IllegalStateException(Messages.text(locale(language), "error.generic"));
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        private static Locale locale(String language) {
            return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("uk");
        }

        /** VOTES (or BY_VOTES) and EQUAL_SHARES; anything else is no rule, which the import refuses with its reason. */
        private static SelectionRule rule(String name) {
            String rule = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            return "VOTES".equals(rule) ? SelectionRule.BY_VOTES
                    : java.util.Arrays.stream(SelectionRule.values()).filter(r -> r.name().equals(rule)).findFirst().orElse(null);
        }
    }
}
