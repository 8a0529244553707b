package ua.hromada.core.notification;

import java.util.logging.Logger;

/**
 * Development and tests: "sends" a text message by writing it to the server log, where a developer
 * (or an integration test) reads the code. Never the gateway of a real installation: the log would
 * hold valid sign-in codes, so {@link SmsGateways} warns when it is chosen.
 */
final class LoggingSmsGateway implements SmsGateway {
    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(String e164Phone, String text) {
        LOG.info(() -> "SMS to " + e164Phone + ": " + text);
    }
}
