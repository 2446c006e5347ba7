package kz.kepil.notification.infrastructure;

import jakarta.json.Json;
import kz.kepil.notification.application.SmsGateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A generic SMS gateway spoken to with JSON over HTTPS: {@code POST url} with {@code {"sender","phone",
 * "text","reference"}}, the API key in a header and the outbox id as {@code Idempotency-Key}, so a gateway
 * that honours it never sends a repeated request twice. A 2xx answer means the gateway took the SMS and
 * its status is the journal's response code; 408, 425, 429, 5xx, a refused key (401, 403), a timeout or a
 * broken connection are tried again later; any other answer is final.
 */
public final class HttpSmsGateway implements SmsGateway {

    /** Where and how to send; the key is never printed. */
    public record Settings(URI url, String apiKey, String apiKeyHeader, String sender, Duration timeout) {

        public Settings {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(apiKeyHeader, "apiKeyHeader");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(timeout, "timeout");
        }

        /**
         * The settings from {@code kepil.sms.http.*}: {@code url} (https; plain http only to this machine)
         * and {@code api-key} are required; {@code api-key-header} ({@code X-API-Key}), {@code sender}
         * ({@code Kepil}) and {@code timeout} ({@code PT10S}) have defaults.
         */
        public static Settings from(Function<String, Optional<String>> config) {
            String url = config.apply("kepil.sms.http.url").filter(s -> !s.isBlank())
                    .orElseThrow(() -> new IllegalStateException("kepil.sms.gateway=http needs kepil.sms.http.url"));
            String key = config.apply("kepil.sms.http.api-key").filter(s -> !s.isBlank())
                    .orElseThrow(() -> new IllegalStateException("kepil.sms.gateway=http needs kepil.sms.http.api-key "
                            + "(set KEPIL_SMS_HTTP_API_KEY in the environment)"));
            String header = config.apply("kepil.sms.http.api-key-header").filter(s -> !s.isBlank()).orElse("X-API-Key");
            String sender = config.apply("kepil.sms.http.sender").filter(s -> !s.isBlank()).orElse("Kepil");
            Duration timeout;
            try {
                timeout = Duration.parse(config.apply("kepil.sms.http.timeout").filter(s -> !s.isBlank()).orElse("PT10S"));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("kepil.sms.http.timeout must be an ISO-8601 duration such as PT10S", e);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalStateException("kepil.sms.http.timeout must be positive");
            }
            return new Settings(checkedUrl(url.strip()), key.strip(), header.strip(), sender.strip(), timeout);
        }

        private static URI checkedUrl(String value) {
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("kepil.sms.http.url is not a URL: " + value, e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost()))) {
                throw new IllegalStateException("kepil.sms.http.url must be an https URL (plain http only to this machine): " + value);
            }
            return uri;
        }

        private static boolean isLoopback(String host) {
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            try {
                return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]") && InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "Settings[url=" + url + ", apiKeyHeader=" + apiKeyHeader + ", sender=" + sender + ", timeout=" + timeout + "]";
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public HttpSmsGateway(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public Outcome send(Sms sms) {
        String reference = "kepil-sms-" + sms.id();
        String body = Json.createObjectBuilder()
                .add("sender", settings.sender())
                .add("phone", sms.phone())
                .add("text", sms.text())
                .add("reference", reference)
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header(settings.apiKeyHeader(), settings.apiKey())
                .header("Idempotency-Key", reference)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return outcome(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return Outcome.retryLater("TIMEOUT", "no answer within " + settings.timeout());
        } catch (IOException e) {
            return Outcome.retryLater("IO_ERROR", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retryLater("INTERRUPTED", "sending was interrupted");
        }
    }

    static Outcome outcome(int status, String body) {
        String code = String.valueOf(status);
        if (status >= 200 && status < 300) {
            return Outcome.delivered(code);
        }
        String detail = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviated(body.strip()));
        boolean later = status >= 500 || status == 408 || status == 425 || status == 429 || status == 401 || status == 403;
        return later ? Outcome.retryLater(code, detail) : Outcome.refused(code, detail);
    }

    private static String abbreviated(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** Connecting and then waiting for the answer, each bounded by the timeout. */
    @Override
    public Duration longestSend() {
        return settings.timeout().multipliedBy(2);
    }

    @Override
    public String describe() {
        return "http to " + settings.url() + " as " + settings.sender();
    }
}
