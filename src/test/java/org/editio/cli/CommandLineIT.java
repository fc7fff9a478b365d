package org.editio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The command line as users run it: {@code ./editio}, on the packaged class path (the service's
 * libraries without the Quarkus boot ones). {@code MainTest} runs the same commands on Maven's test
 * class path, which holds more, so a class the command line lacks shows only here.
 */
class CommandLineIT {

    record Run(int exit, String out) {
    }

    static Run editio(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("editio-cli", ".out");
        try {
            Process process = new ProcessBuilder(command(args)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "./editio " + String.join(" ", args) + " ends");
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add("./editio");
        command.addAll(Arrays.asList(args));
        return command;
    }

    @Test
    void reportsOnTheEdition() throws Exception {
        Run r = editio("report", "stats", "tei/trotsky-stalin.xml");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("{"), r.out());
    }

    @Test
    void validatesTheEdition() throws Exception {
        Run r = editio("validate", "tei/trotsky-stalin.xml");
        assertEquals(0, r.exit(), r.out());
    }

    @Test
    void rendersThePrintEdition() throws Exception {
        Path pdf = Files.createTempFile("editio-cli", ".pdf");
        try {
            Run r = editio("render", "pdf", "tei/trotsky-stalin.xml", "-o", pdf.toString());
            assertEquals(0, r.exit(), r.out());
            byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
