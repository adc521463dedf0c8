package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

    @Test
    void aBreederRegistersAVarietyDepositsSealedMaterialWithAnAttachmentAndDownloadsItsCertificate() throws Exception {
        open("/login");
        signIn("web-breeder");
        assertThat(browser.findElement(By.cssSelector("[data-test=workspace-breeder]"))
                        .getText())
                .contains("我的工作台", "My workspace");
        shot("breeder-home");
        phone("breeder-home");

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        open("/my/varieties/new");
        new Select(browser.findElement(By.id("cropCode"))).selectByValue(WebFixtures.CROP);
        type(By.id("denominationChinese"), "陵水新品" + suffix);
        type(By.id("denominationLatin"), "Lingshui Xinpin " + suffix);
        // not a candidate: WebPagesTest's search for "cuihu" candidates would find it through the owner
        new Select(browser.findElement(By.id("kind"))).selectByValue("GERMPLASM_ACCESSION");
        clickAndLoad(By.id("save"));
        if (!browser.findElements(By.cssSelector("[data-test=similar]")).isEmpty()) {
            assertThat(browser.findElement(By.cssSelector("[data-test=similar]"))
                            .getText())
                    .contains("UPOV");
            shot("variety-similar-warning");
            clickAndLoad(By.id("save-anyway"));
        }
        assertThat(browser.findElement(By.cssSelector("[data-test=saved]")).getText())
                .contains("已保存");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("陵水新品" + suffix);
        shot("my-varieties");
        phone("my-varieties");

        open("/my/deposits/new");
        new Select(browser.findElement(By.id("crop"))).selectByValue(WebFixtures.CROP);
        assertThat(browser.findElement(By.id("sealed")).isSelected()).isTrue();
        type(By.id("accessionNumber"), "WS-" + suffix);
        type(By.id("accessionName"), "翠湖双低 sealed line " + suffix);
        type(By.id("pedigree"), "翠湖双低 x Westar");
        type(By.id("barcode"), "BC-" + suffix);
        type(By.id("quantity"), "500 g");
        type(By.id("storagePlace"), "Sanya cold store");
        type(By.id("receivedBy"), "clerk");
        browser.executeScript("document.getElementById('receivedAt').value = '2026-11-20T08:00'");
        Path attachment = Files.write(
                OUT.resolve("field-notes.pdf"), "%PDF-1.4\n% field notes\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("attachments"))
                .sendKeys(attachment.toAbsolutePath().toString());
        shot("deposit-form");
        phone("deposit-form");
        clickAndLoad(By.id("deposit"));
        assertThat(browser.findElement(By.cssSelector("[data-test=deposited]")).getText())
                .contains("已存证");
        String id =
                browser.findElement(By.cssSelector("[data-test=deposit-id]")).getText();
        shot("my-deposit");
        phone("my-deposit");

        HttpResponse<byte[]> pdf =
                sessionGet(browser.findElement(By.id("cert-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> content = sessionGet("http://localhost:" + port + "/api/v1/deposits/" + id + "/content");
        assertThat(new String(content.body(), StandardCharsets.UTF_8)).contains("WS-" + suffix, "field-notes.pdf");
        open("/my/grants");
        shot("my-grants");
        phone("my-grants");
    }

    @Test
    void aCourtOpensACaseRecordsAnOrderReadsTheSealedContentAndDownloadsTheBundle() throws Exception {
        String deposit = DepositSteps.deposit(mvc, "SEALED");
        open("/login");
        signIn("web-court");
        open("/court/cases");
        String number = "(2026)京73民初" + UUID.randomUUID().toString().substring(0, 4) + "号";
        type(By.id("caseNumber"), number);
        type(By.id("courtName"), "北京知识产权法院 Beijing IP Court");
        type(By.id("parties"), "翠湖种业 v. 南繁种业");
        clickAndLoad(By.id("open"));
        assertThat(browser.findElement(By.cssSelector("[data-test=case-number]"))
                        .getText())
                .isEqualTo(number);
        String contentUrl = "http://localhost:" + port + "/api/v1/deposits/" + deposit + "/content";
        assertThat(sessionGet(contentUrl).statusCode()).as("no grant yet").isEqualTo(403);

        type(By.id("order-deposit"), deposit);
        type(By.id("reference"), "(2026)京73民初1号之一");
        Path order =
                Files.write(OUT.resolve("order.pdf"), "%PDF-1.4\n% court order\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("document")).sendKeys(order.toAbsolutePath().toString());
        clickAndLoad(By.id("record-order"));
        assertThat(browser.findElement(By.cssSelector("[data-test=ordered]")).getText())
                .contains("已记录");
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(order)));
        assertThat(browser.findElement(By.cssSelector("table.grants")).getText())
                .contains("法院命令", "sha256:" + sha);
        shot("court-case");
        phone("court-case");

        HttpResponse<byte[]> content = sessionGet(contentUrl);
        assertThat(content.statusCode()).as("the order lets the court read").isEqualTo(200);
        HttpResponse<byte[]> zip =
                sessionGet(browser.findElement(By.id("bundle")).getAttribute("href"));
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        assertThat(names)
                .contains(
                        "README.txt",
                        "ca.pem",
                        "checkpoint.txt",
                        "tsa.pem",
                        "deposits/" + deposit + "/certificate.pdf",
                        "deposits/" + deposit + "/certificate.json.p7s",
                        "deposits/" + deposit + "/certificate.tsr");

        clickAndLoad(By.id("audit"));
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText())
                .contains("case.grant", "deposit.sealed-read");
        shot("court-audit");
        open("/");
        assertThat(browser.findElement(By.cssSelector("[data-test=workspace-court]"))
                        .getText())
                .contains(number);
        shot("court-home");
        phone("court-home");
    }

    @Test
    void anAdministratorChangesAThresholdAndSeesTheChangeInTheAudit() throws Exception {
        open("/login");
        signIn("web-administrator");
        open("/admin/crops");
        WebElement row = browser.findElements(By.cssSelector("tr.crop")).stream()
                .filter(r ->
                        !List.of(WebFixtures.CROP, "ORYZA_SAT", "ZEAAA_MAY").contains(r.getAttribute("data-crop")))
                .findFirst()
                .orElseThrow();
        String crop = row.getAttribute("data-crop");
        WebElement max = row.findElement(By.name("maxDifferingIndistinct"));
        String before = max.getAttribute("value");
        String after = Integer.toString(Integer.parseInt(before) + 1);
        max.clear();
        max.sendKeys(after);
        clickAndLoad(row.findElement(By.cssSelector("button.save-thresholds")));
        assertThat(browser.findElement(By.cssSelector("[data-test=saved]")).getText())
                .contains("已保存");
        WebElement changed = browser.findElement(By.cssSelector("tr.crop[data-crop='" + crop + "']"));
        assertThat(changed.findElement(By.name("maxDifferingIndistinct")).getAttribute("value"))
                .isEqualTo(after);
        assertThat(browser.findElement(By.cssSelector("table.changes")).getText())
                .contains("web-administrator");
        shot("admin-crops");
        phone("admin-crops");
        // put it back: other tests screen against the stored crops
        WebElement again = browser.findElement(By.cssSelector("tr.crop[data-crop='" + crop + "']"));
        again.findElement(By.name("maxDifferingIndistinct")).clear();
        again.findElement(By.name("maxDifferingIndistinct")).sendKeys(before);
        clickAndLoad(again.findElement(By.cssSelector("button.save-thresholds")));

        open("/admin");
        clickAndLoad(By.id("run-checks"));
        assertThat(browser.findElement(By.cssSelector("[data-test=audit-chain]"))
                        .getText())
                .contains("审计链完整");
        shot("admin-overview");
        phone("admin-overview");
    }

    @Test
    void aRivalBreederCannotEditTheBreedersVariety() throws Exception {
        WebFixtures.rival(context);
        long variety = lib.varietyIds().get("base");
        open("/login");
        signIn("web-rival");
        open("/my/varieties/" + variety + "/edit");
        assertThat(browser.findElement(By.id("main")).getText()).contains("无权访问", "403", "another organisation");
        shot("rival-refused");
        phone("rival-refused");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("翠湖双低 Cuihu");

        WebSession rival = new WebSession(port).signIn("web-rival");
        String csrf = WebSession.csrfField(rival.page("/my/varieties/new").body());
        assertThat(rival.postForm(
                                "/my/varieties/" + variety + "/withdraw",
                                java.util.Map.of("version", "0", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(403);
        assertThat(rival.postForm(
                                "/my/varieties/" + variety + "/edit",
                                java.util.Map.of(
                                        "denominationLatin",
                                        "Stolen",
                                        "kind",
                                        "AUTHORISED",
                                        "status",
                                        "GRANTED",
                                        "_csrf",
                                        csrf))
                        .statusCode())
                .isEqualTo(403);
        assertThat(context.getBean(org.seedprint.registry.varieties.VarietyService.class)
                        .find(variety)
                        .orElseThrow()
                        .getDenominationLatin())
                .isEqualTo("Cuihu Shuangdi");
    }

    @Test
    void thePublicPagesFitAPhoneAndAnUnknownPathIsTheSitesOwnPage() throws Exception {
        for (String page : List.of("/", "/varieties?q=cuihu", "/verify", "/login")) {
            open(page);
            phone("public" + page.replaceAll("[^a-z]+", "-"));
        }
        open("/varieties/" + lib.varietyIds().get("derived"));
        phone("public-variety");
        open("/no-such-page");
        assertThat(browser.findElement(By.id("main")).getText()).contains("未找到", "no page or record at /no-such-page");
        shot("not-found");
        phone("not-found");
    }

    @Test
    @org.junit.jupiter.api.Disabled(
            "passes alone and after the phone-width test, answers 403 after the class's other tests: there the page"
                    + " the breeder lands on after signing in already shows no XSRF-TOKEN in document.cookie"
                    + " (the assertion message prints both); issue 12")
    void swaggerUisTryItOutSendsTheSessionsCsrfTokenSoASignedInBreederCreatesAToken() throws Exception {
        open("/login");
        signIn("web-breeder");
        String afterSignIn = browser.getCurrentUrl() + " "
                + ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.cookie");
        String name = "swagger-" + UUID.randomUUID().toString().substring(0, 8);
        open("/swagger-ui/index.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the POST /api/v1/tokens operation, opened, in "Try it out" mode
        WebElement op = wait.until(d -> d.findElements(By.cssSelector(".opblock-post")).stream()
                .filter(e -> e.findElement(By.cssSelector(".opblock-summary-path"))
                        .getText()
                        .replace("\u200b", "")
                        .equals("/api/v1/tokens"))
                .findFirst()
                .orElse(null));
        op.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(d -> !op.findElements(By.cssSelector(".try-out__btn")).isEmpty());
        op.findElement(By.cssSelector(".try-out__btn")).click();
        WebElement body = wait.until(d -> op.findElement(By.cssSelector("textarea.body-param__text")));
        body.clear();
        body.sendKeys("{\"name\": \"" + name + "\"}");
        String cookies = String.valueOf(
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.cookie"));
        op.findElement(By.cssSelector("button.execute")).click();
        String status = wait.until(d -> {
            List<WebElement> cells =
                    op.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"));
            return cells.isEmpty() || cells.getFirst().getText().isBlank()
                    ? null
                    : cells.getFirst().getText();
        });
        shot("swagger-try-it-out");
        // 200/201, not the 403 that a POST without the X-CSRF-TOKEN header gets
        assertThat(status.trim())
                .as("after sign-in: " + afterSignIn + "; cookies the page saw: " + cookies + " at "
                        + browser.getCurrentUrl())
                .startsWith("20");
        assertThat(new String(
                        sessionGet("http://localhost:" + port + "/api/v1/tokens")
                                .body(),
                        StandardCharsets.UTF_8))
                .contains(name);
    }

    @Test
    void aRivalBreederRequestsAccessTheOwnerApprovesBothAcceptAndTheCertificateDownloads() throws Exception {
        WebFixtures.rival(context);
        String deposit = DepositSteps.deposit(mvc, "SEALED");
        String title = "翠湖双低 共享 " + deposit.substring(0, 6);

        open("/login");
        signIn("web-breeder");
        open("/my/deposits/" + deposit);
        clickAndLoad(By.id("offer-deposit"));
        type(By.id("title"), title);
        type(By.id("summary"), "高产双低油菜 High-yield double-low rapeseed line");
        type(By.id("seedQuantity"), "100 g");
        type(By.id("feeAmount"), "1200.00");
        shot("sharing-offer-form");
        clickAndLoad(By.id("offer"));
        assertThat(browser.findElement(By.cssSelector("[data-test=offered]")).getText())
                .contains("已提供共享");
        String offerUrl = browser.getCurrentUrl().replaceFirst("\\?.*", "");
        open("/sharing?q=" + java.net.URLEncoder.encode("翠湖双低", StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        shot("sharing-catalogue");
        phone("sharing-catalogue");

        browser.manage().deleteAllCookies();
        open("/login");
        signIn("web-rival");
        browser.get(offerUrl);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(title, "保密")
                .doesNotContain("web verify page test");
        type(By.id("purpose"), "育种试验 Breeding trial in Sanya");
        type(By.id("quantity"), "50 g");
        browser.findElement(By.id("sealedAccess")).click();
        shot("sharing-offer");
        phone("sharing-offer");
        clickAndLoad(By.id("send-request"));
        assertThat(browser.findElement(By.cssSelector("[data-test=requested]")).getText())
                .contains("申请已提交");
        String requestUrl = browser.getCurrentUrl().replaceFirst("\\?.*", "");
        assertThat(browser.findElements(By.id("approve")))
                .as("the requester cannot approve")
                .isEmpty();

        browser.manage().deleteAllCookies();
        open("/login");
        signIn("web-breeder");
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector("[data-test=inbox-count] .count"))
                        .getText()))
                .isPositive();
        open("/sharing/inbox");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        shot("sharing-inbox");
        browser.get(requestUrl);
        shot("sharing-request-requested");
        clickAndLoad(By.id("approve"));
        assertThat(browser.findElement(By.cssSelector("[data-test=state]")).getText())
                .contains("已批准");
        clickAndLoad(By.id("agreement-link"));
        String agreementUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector("[data-test=clause-zh]")).getText())
                .contains("实质性派生品种");
        browser.findElement(By.id("read-terms")).click();
        clickAndLoad(By.id("accept"));
        assertThat(browser.findElement(By.cssSelector("[data-test=accepted]")).getText())
                .contains("已接受");
        assertThat(browser.findElements(By.id("cert-pdf")))
                .as("one acceptance issues nothing")
                .isEmpty();
        shot("sharing-agreement-draft");

        browser.manage().deleteAllCookies();
        open("/login");
        signIn("web-rival");
        browser.get(agreementUrl);
        browser.findElement(By.id("read-terms")).click();
        clickAndLoad(By.id("accept"));
        assertThat(browser.findElement(By.cssSelector("[data-test=state]")).getText())
                .contains("已生效");
        shot("sharing-agreement-accepted");
        phone("sharing-agreement-accepted");
        HttpResponse<byte[]> pdf =
                sessionGet(browser.findElement(By.id("cert-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(OUT.resolve("agreement-certificate.pdf"), pdf.body());
        assertThat(sessionGet("http://localhost:" + port + "/api/v1/deposits/" + deposit + "/content")
                        .statusCode())
                .as("approved with sealed access: the rival reads the sealed content")
                .isEqualTo(200);
        browser.get(requestUrl);
        assertThat(browser.findElement(By.cssSelector("[data-test=state]")).getText())
                .contains("已签约");
        assertThat(browser.findElement(By.cssSelector("[data-test=timeline]")).getText())
                .contains("待答复", "已批准", "已签约", "web-breeder", "web-rival");
        shot("sharing-request-agreed");
        phone("sharing-request-agreed");
    }

    @Test
    void anExaminerUploadsABatchWatchesItScreenDecidesAndASecondExaminerCountersigns() throws Exception {
        ExaminationSteps.Batch1 b = ExaminationSteps.batch(context, mvc);
        Path csv = Files.writeString(OUT.resolve("exam-applications.csv"), b.csv());
        Path tsv = Files.writeString(OUT.resolve("exam-candidates.tsv"), b.tsv());
        open("/examination/batches");
        signIn("web-examiner");
        assertThat(browser.getCurrentUrl()).contains("/examination/batches");
        assertThat(browser.findElements(By.cssSelector("nav a[href='/examination/applications']")))
                .isNotEmpty();
        new Select(browser.findElement(By.id("panelId"))).selectByValue(Long.toString(b.panelId()));
        browser.findElement(By.id("applications")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("genotypes")).sendKeys(tsv.toAbsolutePath().toString());
        shot("exam-upload");
        clickAndLoad(By.id("upload"));
        assertThat(browser.getCurrentUrl()).matches(".*/examination/batches/\\d+");
        assertThat(browser.findElement(By.id("progress")).isDisplayed()).isTrue();
        shot("exam-batch-progress");
        // the page polls the batch and reloads itself when the screening is done
        new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=summary]")));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("DONE");
        assertThat(browser.findElements(By.cssSelector("svg.heatmap g.cell"))).hasSizeGreaterThanOrEqualTo(24);
        shot("exam-batch");

        String edv = b.tag() + "-A4";
        clickAndLoad(browser.findElement(By.cssSelector("#summary a[href$='/" + edv + "']")));
        assertThat(browser.findElements(By.cssSelector("svg.locus-map g.mark"))).hasSizeGreaterThanOrEqualTo(9);
        assertThat(browser.findElement(By.cssSelector("svg.locus-map g.mark title"))
                        .getAttribute("textContent"))
                .contains("申请品种 candidate", "近似品种 hit", "Chr");
        shot("exam-application-edv");

        String copy = b.number("indistinct");
        open("/examination/applications/" + copy);
        assertThat(browser.findElements(By.cssSelector("svg.locus-map g.mark"))).hasSize(1);
        browser.findElement(By.id("code-indistinct")).click();
        type(By.id("reason"), "仅一个位点差异 one differing locus of 120");
        clickAndLoad(By.id("decide"));
        assertThat(browser.findElement(By.cssSelector("[data-test=awaiting]")).getText())
                .contains("web-examiner");
        assertThat(browser.findElement(By.id("countersign")).isEnabled())
                .as("the examiner who decided may not countersign")
                .isFalse();
        shot("exam-decision-awaiting");
        phone("exam-decision-awaiting");

        browser.manage().deleteAllCookies();
        open("/login");
        signIn(ExaminationSteps.SECOND_EXAMINER);
        open("/examination/applications/" + copy);
        clickAndLoad(By.id("countersign"));
        assertThat(browser.findElement(By.cssSelector("[data-test=status]")).getText())
                .contains("已决定");
        assertThat(browser.findElement(By.cssSelector("ol.decisions")).getText())
                .contains(ExaminationSteps.SECOND_EXAMINER, "生效");
        shot("exam-decided");
        browser.findElement(By.id("issue-report")).click();
        new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("report-pdf")));
        HttpResponse<byte[]> pdf =
                sessionGet(browser.findElement(By.id("report-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(OUT.resolve("exam-report.pdf"), pdf.body());
        shot("exam-reported");
        open("/examination/applications?crop=ORYZA_SAT");
        shot("exam-applications");
    }

    /** A GET with the browser's session cookie: downloads, which Selenium cannot read. */
    private HttpResponse<byte[]> sessionGet(String url) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A 390 px wide screenshot; the page must not scroll sideways at that width. */
    private void phone(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object height = browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(390, Math.max(844, ((Number) height).intValue())));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), OUT.resolve(name + "-390.png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(((Number) overflow).intValue())
                .as("%s scrolls sideways at 390 px", name)
                .isLessThanOrEqualTo(0);
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
        // Chromium may answer "node does not belong to the document" instead of "stale" while the
        // next page replaces the old one: both mean the old page is gone
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                return ExpectedConditions.stalenessOf(old).apply(d);
            } catch (org.openqa.selenium.WebDriverException gone) {
                return gone.getMessage() != null && gone.getMessage().contains("does not belong to the document");
            }
        });
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
