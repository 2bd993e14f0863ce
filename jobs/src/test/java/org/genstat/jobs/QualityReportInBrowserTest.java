package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly quality report of the sample night: its content, and the page as a real headless
 * browser (Debian's chromium) renders it, with a screenshot left in target/ for a person to see.
 */
class QualityReportInBrowserTest {
    @TempDir
    static Path warehouse;
    static Path html;
    static Path md;

    @BeforeAll
    static void night() {
        NightlyJobTest.genstat("nightly", "--inbox", NightlyJobTest.INBOX.toString(), "--warehouse",
                warehouse.toString());
        String night = LocalDate.now(ZoneOffset.UTC).toString();
        html = warehouse.resolve("reports/quality-" + night + ".html");
        md = warehouse.resolve("reports/quality-" + night + ".md");
    }

    @Test
    void theReportSaysWhatWasReadAndWhatWasNot() throws Exception {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        String text = Files.readString(md, StandardCharsets.UTF_8);
        for (String section : List.of("Files by status", "Issues by code", "Labels that match no indicator",
                "Who has not reported", "Consistency", "Outliers", "Headline indicators")) {
            assertTrue(page.contains(section) && text.contains(section), section);
        }
        assertTrue(text.contains("Số câu lạc bộ gia đình phát triển bền vững"), "the unmatched label is listed");
        assertTrue(text.contains("superseded"), "the superseded file is listed");
        assertTrue(page.contains("<svg"), "trend charts are inline SVG");
        assertTrue(!page.contains("<script") && !page.matches("(?s).*(src|href)=\"[^\"]*//.*"),
                "one self-contained page: no script, nothing fetched");
    }

    @Test
    void aHeadlessBrowserRendersThePage() throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null) {
            System.out.println("SKIPPED aHeadlessBrowserRendersThePage: Debian's chromium is not installed"
                    + " (apt-get install chromium; .ci/run installs it)");
        }
        assumeTrue(chromium != null, "chromium is not installed");
        Path shot = Path.of("target/quality-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        Process dom = new ProcessBuilder(Stream.concat(common.stream(),
                Stream.of("--dump-dom", html.toUri().toString())).toList()).redirectErrorStream(false).start();
        String rendered = new String(dom.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(dom.waitFor(120, TimeUnit.SECONDS));
        assertTrue(rendered.contains("genstat quality report") && rendered.contains("<svg"), rendered);
        Process screenshot = new ProcessBuilder(Stream.concat(common.stream(), Stream.of("--screenshot=" + shot,
                "--window-size=1200,1800", "--hide-scrollbars", html.toUri().toString())).toList())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(screenshot.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, screenshot.exitValue());
        assertTrue(Files.size(shot) > 20_000, "a real picture of the page: " + shot);
        System.out.println("quality report screenshot: " + shot);
    }
}
