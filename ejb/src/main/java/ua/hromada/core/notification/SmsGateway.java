package ua.hromada.core.notification;

/**
 * Sends a text message to a phone. Which implementation runs is chosen by the system property
 * {@value SmsGateways#PROPERTY} (see {@link SmsGateways}); a failure is a {@link DeliveryException}.
 */
public interface SmsGateway {
    void send(String e164Phone, String text);
}
