package org.editio.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a transcription that follows the bracket convention (the editor's words in square
 * brackets, {@code [Note: … – C.M.]} notes) into TEI, with the editors' curation files applied
 * where they are given. Nothing in here knows this particular text.
 */
public final class Importer {

    /** Precision and recall of the importer's proposals against the editors' reviewed list. */
    public record Evaluation(int proposed, int reviewed, int agreed) {
        public double precision() {
            return proposed == 0 ? 0 : (double) agreed / proposed;
        }

        public double recall() {
            return reviewed == 0 ? 0 : (double) agreed / reviewed;
        }
    }

    public record Result(String tei, List<String> warnings, Evaluation evaluation, List<Correction> proposals) {
    }

    /** Everything decided about one paragraph before it is written. */
    record Planned(Para para, Brackets.Marks marks, List<Correction> corrections, List<PersonRegister.Mention> mentions,
                   String id, Map<Integer, String> pieceIds) {
    }

    private final CorrectionFinder finder;

    public Importer(SpellChecker spelling) {
        this.finder = new CorrectionFinder(spelling);
    }

    public Result run(Path transcription, ImportOptions options) {
        try {
            return run(Files.readAllLines(transcription, StandardCharsets.UTF_8), options);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + transcription, e);
        }
    }

    public Result run(List<String> lines, ImportOptions options) {
        LayoutReader.Result layout = LayoutReader.read(lines, options.quotations().map(QuotationDecisions::read).orElse(Map.of()));
        PersonRegister register = options.persons().map(PersonRegister::read).orElse(PersonRegister.empty());
        List<ReviewedCorrections.Row> reviewed = options.reviewedCorrections().map(ReviewedCorrections::read).orElse(null);
        List<String> warnings = new ArrayList<>();
        finder.learnUsage(layout.chapters().stream().flatMap(c -> c.parts.stream()).flatMap(p -> p.blocks.stream())
                .flatMap(b -> b.paras.stream()).map(Para::text).toList());
        Brackets brackets = new Brackets();
        Map<Para, Planned> plans = new HashMap<>();
        Map<Integer, List<String>> runPieces = new HashMap<>();
        List<Correction> proposals = new ArrayList<>();
        int[] agreed = {0};
        int reviewedCount = 0;

        for (Layout.Chapter chapter : layout.chapters()) {
            int paragraphs = 0;
            int segs = 0;
            for (Layout.Part part : chapter.parts) {
                Para previous = null;
                for (Layout.Block block : part.blocks) {
                    if (block.quotation && !block.speakerDecided && previous != null) {
                        block.speaker = register.lastNamedIn(previous.text());
                    }
                    for (Para para : block.paras) {
                        Brackets.Marks marks = brackets.scan(para);
                        String id = "ch" + chapter.number + "-p" + (++paragraphs);
                        Map<Integer, String> pieceIds = new HashMap<>();
                        for (Brackets.Piece piece : marks.pieces) {
                            String pieceId = piece.run() == marks.wholeRun ? id : "ch" + chapter.number + "-cm" + (++segs);
                            pieceIds.put(piece.start(), pieceId);
                            runPieces.computeIfAbsent(piece.run(), r -> new ArrayList<>()).add(pieceId);
                        }
                        List<Correction> found = withoutBrackets(finder.find(para.text()), marks.deleted);
                        proposals.addAll(found);
                        List<Correction> corrections = found;
                        if (reviewed != null) {
                            corrections = reviewedFor(para, reviewed, found, marks.deleted, warnings, agreed);
                        }
                        corrections = new ArrayList<>(corrections);
                        for (int stray : marks.strays) {
                            corrections.add(new Correction(stray, stray + 1, String.valueOf(para.text().charAt(stray)), "",
                                    "punctuation", "medium", "#importer"));
                        }
                        plans.put(para, new Planned(para, marks, corrections, register.find(para.text()), id, pieceIds));
                        previous = para;
                    }
                }
            }
            brackets.closeOpenRun("end of chapter " + chapter.number);
        }
        if (reviewed != null) {
            reviewedCount = (int) reviewed.stream().filter(r -> !r.structural()).count();
        }
        warnings.addAll(0, brackets.warnings());
        TeiComposer composer = new TeiComposer(brackets, runPieces, register, warnings);
        String tei = composer.compose(layout, plans, options.header());
        Evaluation evaluation = reviewed == null ? null : new Evaluation(proposals.size(), reviewedCount, agreed[0]);
        return new Result(tei, warnings, evaluation, proposals);
    }

    private static List<Correction> withoutBrackets(List<Correction> found, BitSet deleted) {
        return found.stream().filter(c -> deleted.get(c.start(), c.end()).isEmpty()).toList();
    }

    /** The reviewed rows on this paragraph's lines; those the importer also proposed keep both names in @resp. */
    private static List<Correction> reviewedFor(Para para, List<ReviewedCorrections.Row> rows, List<Correction> found,
                                                BitSet deleted, List<String> warnings, int[] agreed) {
        List<Correction> out = new ArrayList<>();
        for (ReviewedCorrections.Row row : rows) {
            if (row.line() < para.firstLine() || row.line() > para.lastLine() || row.structural()) {
                continue;
            }
            int at = para.offsetOf(row.line(), row.sic(), row.occurrence());
            if (at < 0) {
                warnings.add("line " + row.line() + ": reviewed correction '" + row.sic() + "' not found");
                continue;
            }
            int end = at + row.sic().length();
            if (!deleted.get(at, end).isEmpty()) {
                continue;
            }
            boolean proposed = found.stream().anyMatch(c -> c.start() == at && c.end() == end && c.corr().equals(row.corr()));
            if (proposed) {
                agreed[0]++;
            }
            out.add(new Correction(at, end, row.sic(), row.corr(), row.type(), row.cert(),
                    proposed ? "#importer #editio" : "#editio"));
        }
        return out;
    }
}
