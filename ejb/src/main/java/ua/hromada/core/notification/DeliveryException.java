package ua.hromada.core.notification;

import jakarta.ejb.ApplicationException;
import ua.hromada.core.HromadaException;

/**
 * A message that had to leave now (a sign-in code) could not be handed over. It does not roll
 * back: the attempt still counts against the sender's rate limit.
 */
@ApplicationException(rollback = false, inherited = true)
public class DeliveryException extends HromadaException {
    public DeliveryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 503;
    }
}
