package org.editio.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The editors' decisions on quoted documents, tab-separated: {@code line, speaker, note}. The block
 * holding that transcription line is a quotation; {@code speaker} is a person id, or {@code -} for
 * a quotation whose speaker the register cannot name (a resolution, a collective statement).
 */
public final class QuotationDecisions {

    private QuotationDecisions() {
    }

    public static Map<Integer, String> read(Path tsv) {
        try {
            Map<Integer, String> decided = new HashMap<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("line\t") || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                decided.put(Integer.parseInt(f[0].strip()), f.length > 1 ? f[1].strip() : "");
            }
            return decided;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read the quotation decisions " + tsv + ": " + e.getMessage(), e);
        }
    }
}
