package kz.kepil.notification.infrastructure;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import kz.kepil.notification.application.SmsGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP gateway against a small local server standing in for an SMS operator. */
class HttpSmsGatewayTest {

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(202);
    private final AtomicInteger delayMillis = new AtomicInteger(0);
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> apiKey = new AtomicReference<>();
    private final AtomicReference<String> idempotencyKey = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/send", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            apiKey.set(exchange.getRequestHeaders().getFirst("X-API-Key"));
            idempotencyKey.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = "{\"id\":\"m-1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpSmsGateway gateway(Duration timeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send");
        return new HttpSmsGateway(new HttpSmsGateway.Settings(url, "s3cret", "X-API-Key", "Kepil", timeout));
    }

    @Test
    void smsIsPostedAsJsonWithTheKeyAndTheOutboxReference() {
        SmsGateway.Outcome outcome = gateway(Duration.ofSeconds(5)).send(new SmsGateway.Sms(42, "+77012345678",
                "Kepil: таңдаңыз\nвыберите"));

        assertThat(outcome).isEqualTo(SmsGateway.Outcome.delivered("202"));
        assertThat(apiKey.get()).isEqualTo("s3cret");
        assertThat(idempotencyKey.get()).isEqualTo("kepil-sms-42");
        assertThat(contentType.get()).startsWith("application/json");
        JsonObject sent = Json.createReader(new StringReader(body.get())).readObject();
        assertThat(sent.getString("sender")).isEqualTo("Kepil");
        assertThat(sent.getString("phone")).isEqualTo("+77012345678");
        assertThat(sent.getString("text")).isEqualTo("Kepil: таңдаңыз\nвыберите");
        assertThat(sent.getString("reference")).isEqualTo("kepil-sms-42");
    }

    @Test
    void serverErrorIsTriedAgainLater() {
        status.set(503);

        SmsGateway.Outcome outcome = gateway(Duration.ofSeconds(5)).send(new SmsGateway.Sms(1, "+77012345678", "x"));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.responseCode()).isEqualTo("503");
        assertThat(outcome.detail()).contains("HTTP 503");
    }

    @Test
    void requestTheGatewayRefusesIsNotRepeated() {
        status.set(400);

        SmsGateway.Outcome outcome = gateway(Duration.ofSeconds(5)).send(new SmsGateway.Sms(1, "+77012345678", "x"));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.retryable()).isFalse();
        assertThat(outcome.responseCode()).isEqualTo("400");
    }

    @Test
    void slowGatewayTimesOutAndIsTriedAgain() {
        delayMillis.set(1500);

        SmsGateway.Outcome outcome = gateway(Duration.ofMillis(300)).send(new SmsGateway.Sms(1, "+77012345678", "x"));

        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.responseCode()).isEqualTo("TIMEOUT");
    }

    @Test
    void unreachableGatewayIsTriedAgain() {
        HttpSmsGateway gateway = gateway(Duration.ofSeconds(2));
        server.stop(0);

        SmsGateway.Outcome outcome = gateway.send(new SmsGateway.Sms(1, "+77012345678", "x"));

        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.responseCode()).isIn("IO_ERROR", "TIMEOUT");
    }

    @Test
    void rateLimitAndRefusedKeyAreTemporary() {
        assertThat(HttpSmsGateway.outcome(429, "").retryable()).isTrue();
        assertThat(HttpSmsGateway.outcome(401, "bad key").retryable()).isTrue();
        assertThat(HttpSmsGateway.outcome(422, "bad phone").retryable()).isFalse();
        assertThat(HttpSmsGateway.outcome(200, "").delivered()).isTrue();
    }
}
