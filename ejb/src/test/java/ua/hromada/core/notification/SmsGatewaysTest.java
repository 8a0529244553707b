package ua.hromada.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsGatewaysTest {
    private static SmsGateway chosenBy(Map<String, String> properties) {
        return SmsGateways.choose(properties::get);
    }

    @Test
    void withoutAGatewayCodeSignInIsOffAndNothingIsLogged() {
        for (Map<String, String> settings : new Map[] {Map.of(), Map.of("hromada.sms.gateway", "none"),
            Map.of("hromada.sms.gateway", "logging"), Map.of("hromada.sms.gateway", "logging", "hromada.demo", "false")}) {
            SmsGateway gateway = chosenBy(settings);
            assertThat(gateway.available()).as(settings.toString()).isFalse();
            assertThatThrownBy(() -> gateway.send("+380671234567", "Hromada: 123456")).isInstanceOf(DeliveryException.class);
        }
    }

    @Test
    void theLogOnlyBehindTheDemoSwitchOrTheTestHarnessAndHttpWhenConfigured() {
        assertThat(chosenBy(Map.of("hromada.sms.gateway", "logging", "hromada.demo", "true"))).isInstanceOf(LoggingSmsGateway.class);
        assertThat(chosenBy(Map.of("hromada.sms.gateway", "logging", "hromada.sms.logging-allowed", "true")))
                .isInstanceOf(LoggingSmsGateway.class);
        assertThat(chosenBy(Map.of("hromada.sms.gateway", "http", "hromada.sms.http.url", "https://sms.example/send")))
                .isInstanceOf(HttpSmsGateway.class);
    }
}
