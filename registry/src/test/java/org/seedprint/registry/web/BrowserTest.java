package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * End to end in Debian's headless Chromium against the registry on its random port: search in
 * both scripts, sign in as an examiner and screen a file, verify a certificate and a tampered one.
 * Screenshots of the main pages go to target/screenshots. Without Chromium (a developer machine)
 * it is skipped; CI installs it (.ci/run).
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUT = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    ChromeDriver browser;
    Path profileDir;
    WebFixtures.Library1 lib;

    @BeforeAll
    void start() throws Exception {
        boolean ci = System.getenv("CI") != null;
        if (!ci)
            assumeTrue(
                    Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                    "Chromium and chromedriver not installed");
        profileDir = Files.createTempDirectory("seedprint-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profileDir,
                "--lang=zh-CN",
                "--window-size=1280,900");
        // An explicit driver: Selenium Manager is never asked to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(OUT);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (profileDir != null) org.springframework.util.FileSystemUtils.deleteRecursively(profileDir);
    }

    @BeforeEach
    void library() throws Exception {
        lib = WebFixtures.ensure(context);
        browser.manage().deleteAllCookies();
    }

    @Test
    void searchByChineseAndByLatinNameAndOpenTheVariety() throws Exception {
        open("/");
        shot("home");
        type(By.id("q"), "翠湖双低");
        clickAndLoad(By.cssSelector("form.search button"));
        List<WebElement> hits = browser.findElements(By.cssSelector("a.variety-link"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().getText()).contains("翠湖双低", "Cuihu Shuangdi");
        shot("search-chinese");
        clickAndLoad(hits.getFirst());
        assertThat(browser.findElement(By.cssSelector("h1.variety-name")).getText())
                .contains("翠湖双低", "Cuihu Shuangdi");
        shot("variety");

        open("/varieties");
        type(By.id("q"), "Nanfan Huangzi");
        clickAndLoad(By.cssSelector("form.search button"));
        clickAndLoad(browser.findElements(By.cssSelector("a.variety-link")).getFirst());
        assertThat(browser.findElement(By.cssSelector("h1.variety-name")).getText())
                .contains("南繁黄籽");
    }

    @Test
    void anExaminerSignsInScreensAFileAndOpensTheComparison() throws Exception {
        open("/match");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        shot("login");
        signIn("web-examiner");
        assertThat(browser.getCurrentUrl()).contains("/match");
        assertThat(browser.findElement(By.cssSelector("[data-test=user]")).getText())
                .contains("web-examiner", "审查员");

        Path tsv = Files.writeString(OUT.resolve("candidate-07.tsv"), lib.queryTsv());
        new Select(browser.findElement(By.id("panelId"))).selectByValue(Long.toString(lib.panelId()));
        browser.findElement(By.id("file")).sendKeys(tsv.toAbsolutePath().toString());
        clickAndLoad(By.id("run-upload"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.hits tr.hit"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.getFirst().getText()).contains("翠湖双低", "39", "1.0000");
        assertThat(browser.findElement(By.cssSelector("[data-test=thresholds]")).getText())
                .contains("0.900");
        shot("match-upload");

        browser.findElement(By.id("profileId"))
                .sendKeys(Long.toString(lib.profileIds().get("derived")));
        clickAndLoad(By.id("run-stored"));
        WebElement baseRow = browser.findElements(By.cssSelector("table.hits tr.hit")).stream()
                .filter(r -> r.getText().contains("翠湖双低") && !r.getText().contains("翠湖双低2号"))
                .findFirst()
                .orElseThrow();
        assertThat(baseRow.getText()).contains("疑似实质性派生");
        shot("match-stored");
        clickAndLoad(baseRow.findElement(By.partialLinkText("逐位点")));
        assertThat(browser.findElement(By.cssSelector("[data-test=differing]")).getText())
                .isEqualTo("4");
        assertThat(browser.findElements(By.cssSelector("table.loci tr.s-differing")))
                .hasSize(4);
        shot("compare");

        clickAndLoad(By.cssSelector("form.inline button"));
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
    }

    @Test
    void aBreederIsToldThatTheMatchPageIsNotForTheirRole() throws Exception {
        open("/login");
        signIn("web-breeder");
        assertThat(browser.findElements(By.cssSelector("nav a[href='/match']"))).isEmpty();
        open("/match");
        String page = browser.findElement(By.id("main")).getText();
        assertThat(page).contains("无权访问", "403");
        assertThat(browser.findElement(By.cssSelector("[data-test=user]")).getText())
                .contains("web-breeder", "育种者");
        shot("forbidden");
    }

    @Test
    void aCertificateVerifiesOnThePublicPageAndATamperedOneDoesNot() throws Exception {
        String id = DepositSteps.deposit(mvc);
        byte[] pdf = DepositSteps.certificatePdf(mvc, id);
        Path good = Files.write(OUT.resolve(id + ".pdf"), pdf);
        Path bad = Files.write(OUT.resolve("tampered.pdf"), DepositSteps.tamper(pdf));

        open("/verify?deposit=" + id);
        assertThat(verdict()).contains("有效", "Valid");
        shot("verify-deposit");

        open("/verify");
        browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
        clickAndLoad(By.id("check-upload"));
        assertThat(verdict()).contains("有效", "Valid").doesNotContain("Invalid");
        shot("verify-upload");

        browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        clickAndLoad(By.id("check-upload"));
        assertThat(verdict()).contains("无效", "Invalid");
        shot("verify-tampered");
    }

    private String verdict() {
        return browser.findElement(By.cssSelector("[data-test=verdict]")).getText();
    }

    private void signIn(String user) {
        type(By.id("username"), user);
        type(By.id("password"), WebFixtures.PASSWORD);
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void clickAndLoad(By what) {
        clickAndLoad(browser.findElement(what));
    }

    /** Clicks and waits for the next page, so that no element of the old one is read. */
    private void clickAndLoad(WebElement e) {
        WebElement old = browser.findElement(By.tagName("html"));
        e.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(By where, String text) {
        WebElement e = browser.findElement(where);
        e.clear();
        e.sendKeys(text);
    }

    /** A full-page PNG: the window is stretched to the page's height first. */
    private void shot(String name) throws Exception {
        Object height = browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, Math.max(700, ((Number) height).intValue())));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), OUT.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
