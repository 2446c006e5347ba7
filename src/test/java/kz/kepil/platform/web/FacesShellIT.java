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
    void publicPagesOpenToEveryone() throws Exception {
        for (String path : new String[]{"/catalog/index.xhtml", "/registry/index.xhtml", "/login.xhtml", "/verify.xhtml"}) {
            HttpResponse<String> page = open(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<h1");
        }
    }

    @Test
    void workspacesSendAnonymousVisitorsToSignInAndBack() throws Exception {
        for (String path : new String[]{"/cabinet/index.xhtml", "/supplier/index.xhtml", "/akimat/index.xhtml", "/admin/index.xhtml"}) {
            HttpResponse<String> page = open(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(path)
                    .contains("/login.xhtml?returnTo=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void workspaceOpensOnlyToItsAudience() throws Exception {
        String officer = kz.kepil.testsupport.TestDatabase.userWithRoles("FINANCE_OFFICER").token();

        assertThat(openAs("/akimat/index.xhtml", officer).statusCode()).isEqualTo(200);
        assertThat(openAs("/admin/index.xhtml", officer).statusCode()).isEqualTo(403);
        assertThat(openAs("/cabinet/index.xhtml", officer).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> openAs(String path, String token) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
