package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's headless chromium through chromedriver) against the seeded demo: sign in,
 * build an audience, find a template's fault at its path, preview, launch a campaign to COMPLETED at 70/30, toggle a
 * consent, and no page wider than a 375 px screen. Each test saves its pages' screenshots under
 * target/console-screenshots. Without a browser they are skipped, saying how to install one; CI
 * (LINE_ENGAGE_BROWSER_TESTS=required) installs it and makes them mandatory.
 */
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "console-screenshots");

    @TempDir
    static Path dataDirectory;

    private static DemoCommand demo;
    private static WebDriver browser;
    private static ApiClient api;
    private static String base;

    @BeforeAll
    static void startTheDemoAndABrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String install = "the console's browser tests need Debian's chromium and chromedriver:"
                    + " apt-get install -y chromium chromium-driver";
            if ("required".equals(System.getenv("LINE_ENGAGE_BROWSER_TESTS"))) {
                throw new IllegalStateException(install);
            }
            Assumptions.abort(install);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LINE_ENGAGE_DATA_DIR", dataDirectory.resolve("demo").toString());
        env.put("PORT", "0");
        env.remove("LINE_ENGAGE_ADMIN_TOKEN");
        env.remove("LINE_ENGAGE_MASTER_KEY");
        demo = DemoCommand.start(List.of(DemoCommand.FRESH_FLAG), env, System.out);
        base = "http://localhost:" + demo.port();
        api = new ApiClient(demo.port());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As the machine's notes say: no sandbox as root, and no background networking on a closed network.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + dataDirectory.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
        signIn();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private static WebDriverWait patiently() {
        // A ceiling for a loaded machine, never a speed requirement.
        // htmx swaps parts of a page in: an element read a moment ago may be gone, so read it again.
        return (WebDriverWait)
                new WebDriverWait(browser, Duration.ofMinutes(2)).ignoring(StaleElementReferenceException.class);
    }

    private static void shot(String name) throws IOException {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void signIn() throws IOException {
        browser.get(base + "/console/campaigns");
        assertThat(browser.getCurrentUrl())
                .as("signed out, a page leads to the sign-in")
                .endsWith("/console/sign-in");
        browser.findElement(By.id("apiKey")).sendKeys("lek_not-a-key");
        browser.findElement(By.id("sign-in")).click();
        // The click does not always wait for the answer page on a loaded machine: wait for it.
        assertThat(patiently()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("signin-error")))
                        .getText())
                .contains("not valid");
        shot("01-sign-in-refused");
        patiently()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")))
                .sendKeys(demo.apiKey());
        browser.findElement(By.id("sign-in")).click();
        patiently().until(ExpectedConditions.urlContains("/console/overview"));
        assertThat(browser.findElement(By.cssSelector(".tiles")).getText())
                .contains("Demo Mart Tokyo", "Demo Mart Osaka");
        shot("02-overview");
    }

    @Test
    void aTwoConditionAudienceCountsWhatTheApiCounts() throws Exception {
        browser.get(base + "/console/audiences/new");
        browser.findElement(By.id("add-r")).click();
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("f-r-0")));
        new Select(browser.findElement(By.id("f-r-0"))).selectByValue("attributes.tier");
        patiently()
                .until(d -> new Select(d.findElement(By.id("o-r-0")))
                        .getOptions().stream()
                                .anyMatch(option -> option.getAttribute("value").equals("in")));
        new Select(browser.findElement(By.id("o-r-0"))).selectByValue("in");
        browser.findElement(By.id("v-r-0")).sendKeys("GOLD, PLATINUM");
        browser.findElement(By.id("add-r")).click();
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("f-r-1")));
        new Select(browser.findElement(By.id("f-r-1"))).selectByValue("attributes.points");
        patiently()
                .until(d -> new Select(d.findElement(By.id("o-r-1")))
                        .getOptions().stream()
                                .anyMatch(option -> option.getAttribute("value").equals("gte")));
        new Select(browser.findElement(By.id("o-r-1"))).selectByValue("gte");
        browser.findElement(By.id("v-r-1")).sendKeys("5000");

        long expected = api.post(
                        "/api/v1/audiences/preview",
                        demo.apiKey(),
                        "{\"filter\":{\"and\":[{\"field\":\"attributes.tier\",\"op\":\"in\",\"value\":[\"GOLD\",\"PLATINUM\"]},"
                                + "{\"field\":\"attributes.points\",\"op\":\"gte\",\"value\":5000}]},\"sampleSize\":0}")
                .json()
                .get("count")
                .asLong();
        assertThat(expected).isPositive();
        patiently()
                .until(d -> d.findElements(By.id("audience-count")).stream()
                        .anyMatch(count -> count.getText().equals(Long.toString(expected))));
        shot("03-audience-builder");

        // A value the field cannot take shows at its condition, and no count.
        WebElement points = browser.findElement(By.id("v-r-1"));
        points.clear();
        points.sendKeys("lots");
        patiently().until(d -> d.findElement(By.id("err-r-1")).getText().contains("number"));
        shot("04-audience-fault-at-its-condition");
    }

    @Test
    void aTemplateFaultShowsAtItsPathAndThePreviewDrawsItForAMember() throws Exception {
        browser.get(base + "/console/templates");
        browser.findElement(By.linkText("Member card · flex")).click();
        patiently()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("preview-customer")))
                .sendKeys("C-00002");
        new Select(browser.findElement(By.id("preview-account"))).selectByVisibleText("Demo Mart Tokyo");
        browser.findElement(By.id("preview-button")).click();
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview .phone")));
        String name = api.get("/api/v1/lookup?externalId=C-00002", demo.apiKey())
                .json()
                .at("/customer/name")
                .asText();
        assertThat(browser.findElement(By.id("preview")).getText()).contains(name, "points", "Open the app");
        patiently().until(d -> d.findElement(By.id("line-check")).getText().contains("nothing wrong"));
        shot("05-template-preview");

        WebElement messages = browser.findElement(By.id("messages"));
        messages.clear();
        messages.sendKeys("[{\"type\":\"text\",\"text\":\"Hi\"},{\"type\":\"sticker\",\"packageId\":\"446\"}]");
        browser.findElement(By.id("save-template")).click();
        WebElement faults = patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("faults")));
        assertThat(faults.getText()).contains("messages[1].stickerId");
        shot("06-template-fault-at-its-path");
    }

    @Test
    void aCampaignLaunchedHereCompletesAtTheWeightsSplit() throws Exception {
        browser.get(base + "/console/campaigns/new");
        browser.findElement(By.id("campaign-name")).sendKeys("Browser launch");
        new Select(browser.findElement(By.id("campaign-template"))).selectByVisibleText("Points reminder");
        new Select(browser.findElement(By.id("campaign-audience"))).selectByVisibleText("Gold and Platinum on LINE");
        patiently().until(d -> d.findElement(By.id("audience-size")).getText().contains("customers now"));
        shot("07-campaign-form");
        browser.findElement(By.id("create-campaign")).click();
        // A test send first: to one named member, now, outside the counts.
        patiently()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("test-customers")))
                .sendKeys(followerOfTokyo());
        browser.findElement(By.id("test-send-button")).click();
        patiently().until(d -> d.findElement(By.id("test-send")).getText().startsWith("cus_"));
        shot("08-test-send");
        browser.findElement(By.id("launch")).click();
        long count = Long.parseLong(patiently()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("launch-count")))
                .getText());
        assertThat(count).isPositive();
        shot("08-launch-confirmation-b");
        browser.findElement(By.id("confirm-launch")).click();

        patiently().until(d -> d.findElement(By.id("campaign-status")).getText().equals("COMPLETED"));
        shot("09-campaign-completed");
        List<WebElement> rows = browser.findElements(By.cssSelector("#split tbody tr"));
        assertThat(rows).hasSize(2);
        long tokyo = 0;
        long all = 0;
        for (WebElement row : rows) {
            long sent =
                    Long.parseLong(row.findElement(By.className("split-sent")).getText());
            all += sent;
            if (row.getText().contains("Demo Mart Tokyo")) {
                tokyo = sent;
            }
        }
        assertThat(Long.parseLong(browser.findElement(By.id("sent")).getText())).isEqualTo(all);
        assertThat(tokyo * 100.0 / all).as("Tokyo's share of what was sent").isBetween(67.0, 73.0);
    }

    @Test
    void aConsentToggledOnAMemberGrowsTheirHistory() throws Exception {
        String member = followerOfTokyo();
        browser.get(base + "/console/members");
        browser.findElement(By.id("q")).sendKeys(member);
        browser.findElement(By.id("find")).click();
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        int before = browser.findElements(By.cssSelector("#timeline tr.kind-consent_change"))
                .size();
        WebElement toggle = browser.findElements(By.cssSelector("button.toggle[id^=promo-]"))
                .get(0);
        String pressed = toggle.getAttribute("aria-pressed");
        toggle.click();
        patiently()
                .until(d -> d.findElements(By.cssSelector("#timeline tr.kind-consent_change"))
                                .size()
                        == before + 1);
        assertThat(browser.findElements(By.cssSelector("button.toggle[id^=promo-]"))
                        .get(0)
                        .getAttribute("aria-pressed"))
                .isNotEqualTo(pressed);
        shot("10-member-consent-history");
    }

    @Test
    void noPageIsWiderThanAPhone() throws Exception {
        Dimension wide = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(375, 812));
            for (String page : List.of(
                    "overview",
                    "members",
                    "audiences/new",
                    "templates",
                    "campaigns",
                    "journeys",
                    "journeys/new?preset=followup",
                    "campaigns/new",
                    "gateways",
                    "accounts")) {
                browser.get(base + "/console/" + page);
                long scrollWidth = (Long)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
                long innerWidth = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                assertThat(scrollWidth).as("/console/%s at 375 px", page).isLessThanOrEqualTo(innerWidth);
            }
            browser.get(base + "/console/overview");
            shot("11-overview-375px");
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    /** A member whose LINE user follows the Tokyo account. */
    private static String followerOfTokyo() {
        for (int i = 1; i < 200; i++) {
            String externalId = "C-%05d".formatted(i);
            JsonNode details = api.get("/api/v1/lookup?externalId=" + externalId, demo.apiKey())
                    .json();
            for (JsonNode identity : details.path("lineIdentities")) {
                for (JsonNode subscription : identity.path("subscriptions")) {
                    if (subscription.path("status").asText().equals("FOLLOWING")) {
                        return externalId;
                    }
                }
            }
        }
        throw new IllegalStateException("no member of the demo follows an account");
    }
}
