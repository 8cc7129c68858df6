package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's door over plain HTTP: sign-in with an org key, the session cookie's flags, CSRF on every POST, pages
 * scoped to the signed-in org, hostile text escaped, sign-out.
 */
class ConsoleEndToEndTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.service.port() + path));
    }

    private HttpResponse<String> signIn(String key, String... headers) throws Exception {
        HttpRequest.Builder request = at("/console/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("apiKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private static String session(HttpResponse<String> signedIn) {
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return send(at(path).header("Cookie", cookie).GET());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return send(at(path).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    @Test
    void onlyAnOrgKeySignsInAndTheCookieIsHttpOnlyAndStrict() throws Exception {
        HttpResponse<String> away = send(at("/console/campaigns").GET());
        assertThat(away.statusCode()).isEqualTo(302);
        assertThat(away.headers().firstValue("Location")).contains("/console/sign-in");

        HttpResponse<String> refused = signIn("lek_nope");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("not valid");
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> signedIn = signIn(world.key);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly", "SameSite=Strict", "Path=/console")
                .doesNotContain("Secure");
        assertThat(signIn(world.key, "X-Forwarded-Proto", "https").headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(behindHttps -> assertThat(behindHttps).contains("Secure"));

        HttpResponse<String> page = get("/console/campaigns", session(signedIn));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void everyPostNeedsTheSessionsCsrfToken() throws Exception {
        String cookie = session(signIn(world.key));
        ServiceWithSandbox.Registered account = world.registerChannel(true);
        String token = csrf(get("/console/accounts", cookie));

        assertThat(post("/console/accounts/" + account.accountId() + "/status", cookie, "to=disable")
                        .statusCode())
                .as("no token")
                .isEqualTo(403);
        assertThat(post("/console/accounts/" + account.accountId() + "/status", cookie, "to=disable&_csrf=forged")
                        .statusCode())
                .as("a forged token")
                .isEqualTo(403);
        assertThat(world.api
                        .get("/api/v1/line-accounts/" + account.accountId(), world.key)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");

        assertThat(post("/console/accounts/" + account.accountId() + "/status", cookie, "to=disable&_csrf=" + token)
                        .statusCode())
                .isEqualTo(302);
        assertThat(world.api
                        .get("/api/v1/line-accounts/" + account.accountId(), world.key)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DISABLED");
    }

    @Test
    void pagesAreScopedToTheSignedInOrgAndHostileTextIsEscaped() throws Exception {
        String template = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"<script>alert(1)</script>\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi\"}]}")
                .json()
                .get("id")
                .asText();
        String otherOrg = world.api
                .post("/api/v1/admin/orgs", TestSettings.ADMIN_TOKEN, "{\"name\":\"Another brand\"}")
                .json()
                .get("id")
                .asText();
        String otherKey = world.api
                .post("/api/v1/admin/orgs/" + otherOrg + "/api-keys", TestSettings.ADMIN_TOKEN, "{\"label\":\"x\"}")
                .json()
                .get("key")
                .asText();

        String ours = session(signIn(world.key));
        HttpResponse<String> list = get("/console/templates", ours);
        assertThat(list.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");

        String theirs = session(signIn(otherKey));
        assertThat(get("/console/templates/" + template, theirs).statusCode()).isEqualTo(404);
        assertThat(get("/console/templates", theirs).body()).doesNotContain("alert(1)");
        assertThat(get("/console/templates/" + template, ours).statusCode()).isEqualTo(200);
    }

    @Test
    void aJourneyIsWrittenFromACommonOneActivatedAndDrawnAsAFlow() throws Exception {
        String template = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"Welcome aboard\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi\"}]}")
                .json()
                .get("id")
                .asText();
        String cookie = session(signIn(world.key));
        HttpResponse<String> preset = get("/console/journeys/new?preset=welcome", cookie);
        assertThat(preset.body()).contains(template, "follow");
        String token = csrf(preset);

        HttpResponse<String> refused = post(
                "/console/journeys/new",
                cookie,
                "_csrf=" + token + "&name=Broken&definition="
                        + URLEncoder.encode(
                                "{\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"wait\"}]}",
                                StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("steps[0]");

        String definition = "{\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"send\",\"templateId\":\""
                + template + "\"},{\"type\":\"wait\",\"duration\":\"P1D\"}]}";
        HttpResponse<String> created = post(
                "/console/journeys/new",
                cookie,
                "_csrf=" + token + "&name=Welcome&definition=" + URLEncoder.encode(definition, StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = created.headers().firstValue("Location").orElseThrow();
        assertThat(get(page, cookie).body()).contains("Send “Welcome aboard”", "Wait 24h", "DRAFT");

        assertThat(post(page + "/activate", cookie, "_csrf=" + token).statusCode())
                .isEqualTo(302);
        assertThat(get(page, cookie).body()).contains("<b id=\"journey-status\">ACTIVE</b>");
        assertThat(world.api
                        .get("/api/v1/journeys", world.key)
                        .json()
                        .at("/items/0/status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void everyCommonJourneyIsAcceptedAsOffered() throws Exception {
        String template = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"Offer\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi\"}]}")
                .json()
                .get("id")
                .asText();
        String cookie = session(signIn(world.key));
        Pattern textarea = Pattern.compile("<textarea id=\"journey-definition\"[^>]*>([^<]*)</textarea>");
        for (String preset : List.of("welcome", "keyword", "followup")) {
            HttpResponse<String> page = get("/console/journeys/new?preset=" + preset, cookie);
            Matcher offered = textarea.matcher(page.body());
            assertThat(offered.find()).as(preset).isTrue();
            String definition = offered.group(1)
                    .replace("&#34;", "\"")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
            assertThat(definition).as(preset).contains(template);

            HttpResponse<String> created = post(
                    "/console/journeys/new",
                    cookie,
                    "_csrf=" + csrf(page) + "&name=" + preset + "&definition="
                            + URLEncoder.encode(definition, StandardCharsets.UTF_8));
            assertThat(created.statusCode()).as(preset + ": " + created.body()).isEqualTo(302);
        }
        assertThat(world.api
                        .get("/api/v1/journeys", world.key)
                        .json()
                        .at("/items")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String cookie = session(signIn(world.key));
        String token = csrf(get("/console/overview", cookie));

        HttpResponse<String> out = post("/console/sign-out", cookie, "_csrf=" + token);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cleared ->
                        assertThat(cleared).startsWith("le_console=;").contains("Expires=Thu, 01 Jan 1970"));
        assertThat(get("/console/overview", cookie).statusCode())
                .as("the old cookie")
                .isEqualTo(302);
    }
}
