package kz.kepil.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal the build started for the integration tests ({@code kepil.it.baseUrl}), spoken to over
 * HTTP as any client would.
 */
public final class Portal {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Portal() {
    }

    public static String baseUrl() {
        return System.getProperty("kepil.it.baseUrl", "http://localhost:8181");
    }

    public static Request request(String method, String path) {
        return new Request(method, path);
    }

    public static Reply get(String path) {
        return request("GET", path).send();
    }

    public static Reply get(String path, String token) {
        return request("GET", path).token(token).send();
    }

    public static Reply post(String path, String json, String token) {
        return request("POST", path).token(token).json(json).send();
    }

    /** A request being put together. */
    /** Moves the portal's clock to {@code to}; fails the test unless the portal takes the time. */
    public static void moveClock(Instant to) {
        Reply moved = request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + to + "\"}").send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    /** Puts the portal's clock back to the real time, whatever the portal answers (as in a {@code finally}). */
    public static void resetClock() {
        request("DELETE", "/api/v1/platform/clock").send();
    }

    /** Runs the portal's scheduled jobs now and returns what they did; fails the test unless they ran. */
    public static Reply runJobs() {
        Reply ran = request("POST", "/api/v1/platform/jobs").send();
        assertThat(ran.status()).as(ran.toString()).isEqualTo(200);
        return ran;
    }

    public static final class Request {
        private final String method;
        private final String path;
        private final HttpRequest.Builder builder;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
            this.builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        }

        public Request token(String token) {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request json(String json) {
            return body("application/json", json);
        }

        public Request body(String contentType, String content) {
            builder.header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofString(content);
            return this;
        }

        public Request bodyBytes(String contentType, byte[] content) {
            builder.header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        /** Sends it and keeps the body as bytes: a PDF, a spreadsheet. */
        public HttpResponse<byte[]> sendForBytes() {
            try {
                return CLIENT.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public Reply send() {
            try {
                HttpResponse<String> response = CLIENT.send(builder.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Reply(method + " " + path, response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response, with the JSON body parsed on demand. */
    public record Reply(String request, HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        /** The problem's code, or null when the body is not a problem. */
        public String problemCode() {
            if (!contentType().startsWith("application/problem+json")) {
                return null;
            }
            JsonValue code = json().get("code");
            return code == null ? null : ((jakarta.json.JsonString) code).getString();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return request + " -> " + status() + " " + contentType() + " " + body();
        }
    }
}
