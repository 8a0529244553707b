package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.identity.CodeRefusedException;
import ua.hromada.core.identity.CodeSignIns;
import ua.hromada.core.notification.DeliveryException;
import ua.hromada.it.support.InContainer;

/**
 * Send limits of e-mail + phone sign-in per client address, called on the bean with an address no
 * HTTP test uses. Whether the mail server is up does not matter: a failed send counts too.
 */
@ExtendWith(ArquillianExtension.class)
class CodeSignInsIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("code-sign-ins-it", CodeSignInsIT.class);
    }

    @Test
    void oneClientAddressGetsAtMostTwentySendsInTenMinutes() {
        CodeSignIns codes = InContainer.bean(CodeSignIns.class);
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < CodeSignIns.SENDS_PER_CLIENT; i++) {
            String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
            try {
                codes.send("Особа " + i, "c" + n + "@hromada.example", "+38050" + n, client);
            } catch (DeliveryException mailServerDown) {
                assertEquals("signin.code.mail-failed", mailServerDown.messageKey());
            }
        }
        CodeRefusedException refused = assertThrows(CodeRefusedException.class,
                () -> codes.send("Ще Одна", "one-more@hromada.example", "+380501112233", client));
        assertEquals("signin.code.too-many", refused.messageKey());
        try {
            codes.send("Інша Адреса", "other-client@hromada.example", "+380501112234", client + "0");
        } catch (DeliveryException mailServerDown) {
            // past the limits: another address is not refused
        }
    }
}
