package ua.hromada.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Chooses the {@link SmsGateway} from WildFly's system properties (wildfly-config/75-sms.cli):
 * {@value #PROPERTY} = {@code http} (a real gateway: {@code hromada.sms.http.url} and
 * {@code hromada.sms.http.token}), {@code logging} (the message goes to the server log: honoured
 * only behind the demo switch or with {@value #LOGGING_ALLOWED}=true, which the test harness sets)
 * or anything else, the default {@code none}: no gateway, so e-mail + phone sign-in is
 * unavailable. Read once; the choice is said in one line at start-up.
 */
@ApplicationScoped
public class SmsGateways {
    public static final String PROPERTY = "hromada.sms.gateway";
    public static final String LOGGING_ALLOWED = "hromada.sms.logging-allowed";
    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        return choose(System::getProperty);
    }

    /** Says at start-up which gateway sends the codes, or that code sign-in is off for want of one. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SmsGateway chosen = choose(System::getProperty);
        if (!chosen.available()) {
            LOG.severe("No SMS gateway is configured (" + PROPERTY + "=http with hromada.sms.http.url): e-mail + phone"
                    + " sign-in is unavailable until one is");
        } else if (chosen instanceof LoggingSmsGateway) {
            LOG.warning("SMS messages are written to the server log (" + PROPERTY + "=logging): the demo and tests only");
        }
    }

    /** The gateway these settings ask for; the server log only where the demo or tests allow it. */
    static SmsGateway choose(UnaryOperator<String> properties) {
        String chosen = String.valueOf(properties.apply(PROPERTY));
        if ("http".equals(chosen)) {
            return new HttpSmsGateway(URI.create(valueOr(properties.apply("hromada.sms.http.url"), "")),
                    valueOr(properties.apply("hromada.sms.http.token"), ""));
        }
        boolean logAllowed = "true".equals(properties.apply("hromada.demo")) || "true".equals(properties.apply(LOGGING_ALLOWED));
        if ("logging".equals(chosen) && logAllowed) {
            return new LoggingSmsGateway();
        }
        return SmsGateway.NONE;
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
