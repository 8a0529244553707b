package ua.hromada.core.notification;

/**
 * Sends a text message to a phone. Which implementation runs is chosen by the system property
 * {@value SmsGateways#PROPERTY} (see {@link SmsGateways}); a failure is a {@link DeliveryException}.
 */
public interface SmsGateway {
    /** No gateway configured: nothing can be sent, so e-mail + phone sign-in is off. */
    SmsGateway NONE = new SmsGateway() {
        @Override
        public void send(String e164Phone, String text) {
            throw new DeliveryException("signin.code.unavailable");
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    void send(String e164Phone, String text);

    /** Whether messages can be sent at all (false only when no gateway is configured). */
    default boolean available() {
        return true;
    }
}
