package org.editio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importWritesTheEditionAndReportsPrecisionAndRecall(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.xml");
        Run r = run("import", "tei/source/trotsky-stalin-ch12-ch11.txt", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("tei/trotsky-stalin.xml")), Files.readString(out));
    }

    @Test
    void handsReportIsAJsonArrayOfHandSegments() throws Exception {
        Run r = run("report", "hands", "tei/trotsky-stalin.xml");
        assertEquals(0, r.exit(), r.err());
        JsonNode hands = new ObjectMapper().readTree(r.out());
        assertTrue(hands.isArray() && hands.size() > 50);
        for (JsonNode segment : hands) {
            assertTrue(segment.get("hand").asText().matches("LT|CM"), segment.toString());
        }
        assertTrue(r.out().contains("\"CM\"") && r.out().contains("\"LT\""), "both hands are present");
    }

    @Test
    void apparatusAndStatsAreJson() throws Exception {
        JsonNode apparatus = new ObjectMapper().readTree(run("report", "apparatus", "tei/trotsky-stalin.xml").out());
        assertTrue(apparatus.size() > 100);
        assertTrue(apparatus.get(0).has("context") && apparatus.get(0).has("cert"));
        JsonNode stats = new ObjectMapper().readTree(run("report", "stats", "tei/trotsky-stalin.xml").out());
        assertTrue(stats.get("wordsByHand").get("CM").asInt() > 0);
    }

    @Test
    void validateReportsFileLineAndColumnAndExits1WhenInvalid(@TempDir Path dir) throws Exception {
        assertEquals(0, run("validate", "tei/trotsky-stalin.xml").exit());
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, Files.readString(Path.of("tei/trotsky-stalin.xml"))
                .replaceFirst("<corr resp=\"[^\"]*\"", "<corr"));
        Run r = run("validate", broken.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().matches("(?s).*broken\\.xml:\\d+:\\d+: error: \\[schematron\\].*"), r.out());
    }

    @Test
    void wrongUsageExitsWith2AndBadInputWith1() {
        assertEquals(2, run().exit());
        assertEquals(2, run("report", "colours", "tei/trotsky-stalin.xml").exit());
        assertEquals(2, run("import", "x.txt").exit());
        Run missing = run("report", "hands", "no-such-file.xml");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no-such-file.xml"));
    }
}
