package ua.hromada.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class OutboxDeliveryTest {
    @Test
    void aRefusedRecipientIsCountedNeverNamed() throws Exception {
        Address olena = new InternetAddress("olena.koval@hromada.example");
        Address petro = new InternetAddress("petro@hromada.example");
        SendFailedException refused = new SendFailedException("Invalid Addresses;\n  nested exception is: 550 5.1.1"
                + " <olena.koval@hromada.example>: Recipient address rejected", new MessagingException(
                "550 5.1.1 <olena.koval@hromada.example>: Recipient address rejected"), new Address[0],
                new Address[] {petro}, new Address[] {olena});

        String line = OutboxDelivery.failureSummary(refused);

        assertThat(line).doesNotContain("olena", "petro", "@", "hromada.example")
                .contains(SendFailedException.class.getName(), "1 invalid", "1 unsent", MessagingException.class.getName());
    }

    @Test
    void anyOtherMailFailureIsNamedByItsClassOnly() {
        String line = OutboxDelivery.failureSummary(new MessagingException("Could not connect to SMTP host: mail for"
                + " +380671234567 <ivan@hromada.example>", new java.net.ConnectException("Connection refused")));

        assertThat(line).isEqualTo(MessagingException.class.getName() + ", caused by java.net.ConnectException");
    }
}
