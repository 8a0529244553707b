package ua.hromada.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.logging.Logger;

/**
 * Chooses the {@link SmsGateway} from WildFly's system properties (wildfly-config/75-sms.cli):
 * {@value #PROPERTY} = {@code logging} (the default) or {@code http}, with
 * {@code hromada.sms.http.url} and {@code hromada.sms.http.token}. Read once at start-up.
 */
@ApplicationScoped
public class SmsGateways {
    public static final String PROPERTY = "hromada.sms.gateway";
    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        String chosen = System.getProperty(PROPERTY, "logging");
        if ("http".equals(chosen)) {
            return new HttpSmsGateway(URI.create(System.getProperty("hromada.sms.http.url", "")),
                    System.getProperty("hromada.sms.http.token", ""));
        }
        LOG.warning("SMS messages are written to the server log (" + PROPERTY + "=" + chosen
                + "): fine for development and tests, never for a real installation");
        return new LoggingSmsGateway();
    }
}
