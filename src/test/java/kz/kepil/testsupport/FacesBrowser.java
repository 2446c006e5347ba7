package kz.kepil.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without script for Faces pages: keeps its cookies, signs in with a bearer token, and posts
 * forms with the page's view state as a person pressing a button would.
 */
public final class FacesBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which the portal's script adds to every form post. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String token;
    private String page;
    private String lastHtml = "";

    public FacesBrowser(String token) {
        this.token = token;
    }

    public HttpResponse<String> open(String path) {
        page = path;
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + path)).GET());
        lastHtml = response.body();
        return response;
    }

    /** Submits a form of the current page: its fields by client id, and the button pressed. */
    public HttpResponse<String> submit(String formId, String buttonId, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(lastHtml);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on " + page);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach(body::put);
        body.put(buttonId, "pressed");
        body.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(lastHtml);
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        String form = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + page))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        lastHtml = response.body();
        return response;
    }

    public String html() {
        return lastHtml;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
