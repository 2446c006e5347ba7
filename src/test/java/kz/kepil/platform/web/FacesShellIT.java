package kz.kepil.platform.web;

import kz.kepil.testsupport.Portal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Faces shell as a browser meets it: landing page, language switch, error pages. */
class FacesShellIT {

    /** A browser: keeps its session cookie, follows no redirects by itself. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void landingPageIsKazakhByDefaultWithLandmarksAndNoExternalAssets() throws Exception {
        HttpResponse<String> page = open("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("lang=\"kk\"").contains("Кепіл")
                .contains("<main").contains("<nav").contains("id=\"content\"");
        Matcher external = Pattern.compile("(src|href)=\"(https?:)?//").matcher(page.body());
        assertThat(external.find()).as("assets are served by the portal itself").isFalse();
    }

    @Test
    void languageSwitchKeepsTheVisitorOnTheSamePageInTheChosenLanguage() throws Exception {
        open("/registry/index.xhtml");

        HttpResponse<String> switched = open("/registry/index.xhtml?lang=ru");

        assertThat(switched.statusCode()).isBetween(300, 399);
        String location = switched.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/registry/index.xhtml").doesNotContain("lang=");
        HttpResponse<String> russian = open("/registry/index.xhtml");
        assertThat(russian.body()).contains("lang=\"ru\"");
        HttpResponse<String> english = open("/index.xhtml?lang=en");
        assertThat(english.statusCode()).isBetween(300, 399);
        assertThat(open("/index.xhtml").body()).contains("lang=\"en\"").contains("Kepil");
    }

    @Test
    void unknownPageIsAFriendlyLocalisedNotFoundPage() throws Exception {
        HttpResponse<String> page = open("/no-such-page.xhtml");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Бет табылмады");
        assertThat(page.body()).as("no stack trace reaches the visitor")
                .doesNotContainPattern("\\bat [a-z]+\\.[a-z]+.*\\(\\w+\\.java:\\d+\\)");
    }

    @Test
    void everyAudienceHasItsLandingPage() throws Exception {
        for (String path : new String[]{"/cabinet/index.xhtml", "/supplier/index.xhtml", "/akimat/index.xhtml",
                "/admin/index.xhtml", "/catalog/index.xhtml", "/registry/index.xhtml", "/login.xhtml"}) {
            HttpResponse<String> page = open(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<h1");
        }
    }
}
