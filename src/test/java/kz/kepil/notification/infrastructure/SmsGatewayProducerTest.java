package kz.kepil.notification.infrastructure;

import kz.kepil.notification.application.SmsGateway;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsGatewayProducerTest {

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void withoutSettingsSmsAreOnlyLogged() {
        SmsGateway gateway = SmsGatewayProducer.choose(config(Map.of()));

        assertThat(gateway).isInstanceOf(LoggingSmsGateway.class);
        assertThat(gateway.send(new SmsGateway.Sms(1, "+77012345678", "text")))
                .isEqualTo(SmsGateway.Outcome.delivered("LOGGED"));
    }

    @Test
    void loggingIsChosenByName() {
        assertThat(SmsGatewayProducer.choose(config(Map.of("kepil.sms.gateway", " Logging ")))).isInstanceOf(LoggingSmsGateway.class);
    }

    @Test
    void httpGatewayTakesItsSettingsWithDefaults() {
        SmsGateway gateway = SmsGatewayProducer.choose(config(Map.of("kepil.sms.gateway", "http",
                "kepil.sms.http.url", "https://sms.example.kz/v1/messages", "kepil.sms.http.api-key", "s3cret")));

        assertThat(gateway).isInstanceOf(HttpSmsGateway.class);
        HttpSmsGateway.Settings s = ((HttpSmsGateway) gateway).settings();
        assertThat(s.url()).isEqualTo(URI.create("https://sms.example.kz/v1/messages"));
        assertThat(s.apiKey()).isEqualTo("s3cret");
        assertThat(s.apiKeyHeader()).isEqualTo("X-API-Key");
        assertThat(s.sender()).isEqualTo("Kepil");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(gateway.longestSend()).as("connecting, then the answer").isEqualTo(Duration.ofSeconds(20));
        assertThat(s.toString()).doesNotContain("s3cret");
        assertThat(gateway.describe()).doesNotContain("s3cret");
    }

    @Test
    void httpGatewaySettingsAreRead() {
        HttpSmsGateway.Settings s = HttpSmsGateway.Settings.from(config(Map.of("kepil.sms.http.url", "https://sms.example.kz/send",
                "kepil.sms.http.api-key", "k", "kepil.sms.http.api-key-header", "Authorization-Key",
                "kepil.sms.http.sender", "KEPIL.KZ", "kepil.sms.http.timeout", "PT3S")));

        assertThat(s.apiKeyHeader()).isEqualTo("Authorization-Key");
        assertThat(s.sender()).isEqualTo("KEPIL.KZ");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void httpGatewayWithoutUrlOrKeyStopsTheStart() {
        assertThatThrownBy(() -> SmsGatewayProducer.choose(config(Map.of("kepil.sms.gateway", "http",
                "kepil.sms.http.api-key", "k")))).isInstanceOf(IllegalStateException.class).hasMessageContaining("kepil.sms.http.url");
        assertThatThrownBy(() -> SmsGatewayProducer.choose(config(Map.of("kepil.sms.gateway", "http",
                "kepil.sms.http.url", "https://sms.example.kz")))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kepil.sms.http.api-key");
    }

    @Test
    void httpGatewaySendsOverHttpsExceptToThisMachine() {
        Map<String, String> plain = Map.of("kepil.sms.http.url", "http://sms.example.kz/send", "kepil.sms.http.api-key", "k");
        assertThatThrownBy(() -> HttpSmsGateway.Settings.from(config(plain))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("https");

        assertThat(HttpSmsGateway.Settings.from(config(Map.of("kepil.sms.http.url", "http://127.0.0.1:9000/send",
                "kepil.sms.http.api-key", "k"))).url().getPort()).isEqualTo(9000);
    }

    @Test
    void badTimeoutOrUnknownGatewayStopsTheStart() {
        assertThatThrownBy(() -> HttpSmsGateway.Settings.from(config(Map.of("kepil.sms.http.url", "https://sms.example.kz",
                "kepil.sms.http.api-key", "k", "kepil.sms.http.timeout", "10")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SmsGatewayProducer.choose(config(Map.of("kepil.sms.gateway", "smpp"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("logging or http");
    }
}
