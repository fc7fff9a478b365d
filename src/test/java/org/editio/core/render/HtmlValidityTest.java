package org.editio.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static site of the edition is valid HTML5 by the Nu Html Checker (the W3C validator), run in
 * its own JVM from target/tools/vnu, where the build puts it.
 */
class HtmlValidityTest {

    static final Path CHECKER = Path.of("target/tools/vnu");

    @Test
    void bothViewsAreValidHtml5(@TempDir Path site) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(CHECKER), "Nu Html Checker not fetched (" + CHECKER + "); skipped");
        Processor processor = new Processor(false);
        new StaticSite(new HtmlRenderer(processor)).write(new HardenedXmlParser(processor, XmlLimits.DEFAULT)
                .parseTei(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml"))), site);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CHECKER.toAbsolutePath() + "/*", "nu.validator.client.SimpleCommandLineValidator",
                "--format", "text",
                site.resolve("index.html").toString(), site.resolve("diplomatic.html").toString()));
        Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = checker.waitFor();
        assertTrue(report.contains("No errors found"), report);
        assertEquals(0, exit, report);
    }
}
