package org.editio.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editors' reviewed list of typing errors, tab-separated:
 * {@code line, sic, corr, type, occurrence, note}. Lines are those of the transcription.
 */
public final class ReviewedCorrections {

    public record Row(int line, String sic, String corr, String type, int occurrence, String note) {
        /** Bracket slips are structure, not text: the bracket reader handles them, and no bracket may become text. */
        public boolean structural() {
            return (sic + corr).matches(".*[\\[\\]{}].*");
        }

        /** Rows the editors marked as doubtful keep a low certainty. */
        public String cert() {
            return note.startsWith("UNSURE") ? "low" : "high";
        }
    }

    private ReviewedCorrections() {
    }

    public static List<Row> read(Path tsv) {
        try {
            List<Row> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("line\t") || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": needs line, sic, corr and type");
                }
                int occurrence = f.length > 4 && !f[4].isBlank() ? Integer.parseInt(f[4].strip()) : 1;
                rows.add(new Row(Integer.parseInt(f[0].strip()), f[1], f[2], f[3].strip(), occurrence,
                        f.length > 5 ? f[5] : ""));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + tsv, e);
        }
    }
}
