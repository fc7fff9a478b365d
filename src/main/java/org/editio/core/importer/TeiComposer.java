package org.editio.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the TEI document from the planned paragraphs: header, chapters, parts, quotations, paragraphs. */
final class TeiComposer {

    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    /** Where a header template wants the generated register. */
    static final String LIST_PERSON_PLACEHOLDER = "<listPerson/>";
    private static final int GLOSS_MAX_WORDS = 12;

    private final Brackets brackets;
    private final Map<Integer, List<String>> runPieces;
    private final PersonRegister register;
    private final InlineWriter inline;
    private int notes;
    private int currentChapter;

    TeiComposer(Brackets brackets, Map<Integer, List<String>> runPieces, PersonRegister register, List<String> warnings) {
        this.brackets = brackets;
        this.runPieces = runPieces;
        this.register = register;
        this.inline = new InlineWriter(warnings);
    }

    String compose(LayoutReader.Result layout, Map<Para, Importer.Planned> plans, Optional<Path> headerTemplate) {
        XmlBuilder xml = new XmlBuilder();
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.start("TEI", "xmlns", TEI_NS, "xml:lang", "en").newline();
        xml.raw(header(headerTemplate, layout)).newline();
        xml.start("text", "hand", "#LT").newline().start("body").newline();
        for (Layout.Chapter chapter : layout.chapters()) {
            writeChapter(xml, chapter, plans);
        }
        xml.end().newline().end().newline().end().newline();
        return xml.build();
    }

    private void writeChapter(XmlBuilder xml, Layout.Chapter chapter, Map<Para, Importer.Planned> plans) {
        currentChapter = chapter.number;
        notes = 0;
        String id = "ch" + chapter.number;
        xml.start("div", "type", "chapter", "n", Integer.toString(chapter.number), "xml:id", id).newline();
        xml.start("head", "type", "label").text(chapter.label).end().newline();
        if (chapter.title != null) {
            xml.start("head", "type", "title").text(chapter.title).end().newline();
        }
        for (Layout.Part part : chapter.parts) {
            if (part.heading != null) {
                xml.start("div", "type", "part", "n", Integer.toString(part.number), "xml:id", id + "-pt" + part.number)
                        .newline();
                xml.start("head", "type", "part", "hand", "#TR").text(part.heading).end().newline();
            }
            for (Layout.Block block : part.blocks) {
                writeBlock(xml, block, plans);
            }
            if (part.heading != null) {
                xml.end().newline();
            }
        }
        xml.end().newline();
    }

    private void writeBlock(XmlBuilder xml, Layout.Block block, Map<Para, Importer.Planned> plans) {
        if (block.quotation) {
            xml.start("cit", "type", "block").start("quote").newline();
        }
        for (Para para : block.paras) {
            writeParagraph(xml, plans.get(para));
        }
        if (block.quotation) {
            xml.end();
            if (block.speaker != null) {
                xml.start("bibl").empty("author", "ref", "#" + block.speaker).end();
            }
            xml.end().newline();
        }
    }

    private void writeParagraph(XmlBuilder xml, Importer.Planned plan) {
        Brackets.Marks marks = plan.marks();
        String text = plan.para().text();
        List<String> attributes = new ArrayList<>(List.of("xml:id", plan.id()));
        List<String> rend = new ArrayList<>();
        if (text.startsWith("* ")) {
            rend.add("asterisk");
        }
        if (plan.para().continuation()) {
            rend.add("continuation");
        }
        Brackets.Piece first = marks.pieces.isEmpty() ? null : marks.pieces.get(0);
        boolean continuesRun = first != null && text.substring(0, first.start()).replaceAll("[\\[* ]", "").isEmpty()
                && runPieces.get(first.run()).indexOf(plan.pieceIds().get(first.start())) > 0;
        if (continuesRun && marks.reopened != (!plan.para().inQuotation() && !plan.para().continuation())) {
            // The usual rule (each paragraph of a run repeats "[") does not hold here; say so.
            rend.add(marks.reopened ? "bracket-repeated" : "bracket-not-repeated");
        }
        List<InlineWriter.Span> spans = new ArrayList<>();
        for (Brackets.Piece piece : marks.pieces) {
            String pieceId = plan.pieceIds().get(piece.start());
            List<String> pieceAttributes = chainAttributes(piece.run(), pieceId);
            if (piece.run() == marks.wholeRun) {
                attributes.addAll(List.of("hand", "#CM"));
                moveRend(pieceAttributes, rend);
                attributes.addAll(pieceAttributes);
            } else {
                int words = text.substring(piece.start(), piece.end()).strip().split("\\s+").length;
                boolean single = runPieces.get(piece.run()).size() == 1;
                List<String> seg = new ArrayList<>(List.of("type",
                        single && words <= GLOSS_MAX_WORDS ? "gloss" : "interpolation", "hand", "#CM", "xml:id", pieceId));
                seg.addAll(pieceAttributes);
                spans.add(InlineWriter.Span.element(piece.start(), piece.end(), 0, "seg", seg.toArray(String[]::new)));
            }
        }
        for (Brackets.Note note : marks.notes) {
            spans.add(InlineWriter.Span.element(note.start(), note.end(), 1, "note", "type", "editorial", "place", "foot",
                    "resp", "#CM", "hand", "#CM", "xml:id", "ch" + currentChapter + "-n" + (++notes)));
            spans.add(InlineWriter.Span.element(note.labelStart(), note.labelEnd(), 2, "label"));
            if (note.signed()) {
                spans.add(InlineWriter.Span.element(note.signatureStart(), note.signatureEnd(), 2, "seg", "type", "signature"));
            }
        }
        for (PersonRegister.Mention m : plan.mentions()) {
            spans.add(InlineWriter.Span.element(m.start(), m.end(), 3, "persName", "ref", "#" + m.personId()));
        }
        List<Correction> corrections = new ArrayList<>(plan.corrections());
        corrections.sort(java.util.Comparator.comparingInt(Correction::start));
        for (int i = 0; i < corrections.size(); i++) {
            Correction c = corrections.get(i);
            String choiceId = plan.id() + "-c" + (i + 1);
            spans.add(new InlineWriter.Span(c.start(), c.end(), 4, "choice", new String[0], x -> choice(x, c, choiceId)));
        }
        if (!rend.isEmpty()) {
            attributes.addAll(List.of("rend", String.join(" ", rend)));
        }
        xml.start("p", attributes.toArray(String[]::new));
        inline.write(xml, text, marks.deleted, spans, plan.para().firstLine());
        xml.end().newline();
    }

    /** A whole-paragraph piece shares the paragraph's single @rend. */
    private static void moveRend(List<String> pieceAttributes, List<String> rend) {
        int at = pieceAttributes.indexOf("rend");
        if (at >= 0) {
            rend.add(pieceAttributes.get(at + 1));
            pieceAttributes.remove(at + 1);
            pieceAttributes.remove(at);
        }
    }

    private static void choice(XmlBuilder xml, Correction c, String id) {
        xml.start("choice", "xml:id", id).start("sic").text(c.sic()).end();
        if (c.corr().isEmpty()) {
            xml.empty("corr", "resp", c.resp(), "cert", c.cert(), "type", c.type());
        } else {
            xml.start("corr", "resp", c.resp(), "cert", c.cert(), "type", c.type()).text(c.corr()).end();
        }
        xml.end();
    }

    /** @next/@prev between the pieces of a run, and how the last piece was closed in the transcription. */
    private List<String> chainAttributes(int run, String pieceId) {
        List<String> chain = runPieces.get(run);
        int i = chain.indexOf(pieceId);
        List<String> attributes = new ArrayList<>();
        if (i > 0) {
            attributes.addAll(List.of("prev", "#" + chain.get(i - 1)));
        }
        if (i < chain.size() - 1) {
            attributes.addAll(List.of("next", "#" + chain.get(i + 1)));
        } else if (brackets.closing(run) != Brackets.Closing.BRACKET) {
            attributes.addAll(List.of("rend", brackets.closing(run) == Brackets.Closing.NONE ? "unclosed" : "brace"));
        }
        return attributes;
    }

    private String header(Optional<Path> template, LayoutReader.Result layout) {
        String header;
        if (template.isPresent()) {
            try {
                header = Files.readString(template.get(), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the header template " + template.get(), e);
            }
        } else {
            header = defaultHeader(layout);
        }
        return header.replace(LIST_PERSON_PLACEHOLDER, listPerson()).strip();
    }

    private String listPerson() {
        XmlBuilder xml = new XmlBuilder();
        xml.start("listPerson", "xml:id", "persons").newline();
        for (PersonRegister.Person p : register.persons()) {
            xml.start("person", "xml:id", p.id()).start("persName").text(p.name()).end();
            if (!p.wikidata().isBlank()) {
                xml.start("idno", "type", "wikidata").text(p.wikidata()).end();
            }
            if (!p.note().isBlank()) {
                xml.start("note").text(p.note()).end();
            }
            xml.end().newline();
        }
        return xml.end().build();
    }

    /** A header for transcriptions that come without the editors' own: enough to be valid and to name the hands. */
    private String defaultHeader(LayoutReader.Result layout) {
        XmlBuilder xml = new XmlBuilder();
        String title = layout.chapters().isEmpty() ? "Imported transcription"
                : layout.chapters().get(0).label + (layout.chapters().get(0).title == null ? "" : ": " + layout.chapters().get(0).title);
        xml.start("teiHeader").start("fileDesc").start("titleStmt").start("title").text(title).end()
                .start("respStmt", "xml:id", "importer").start("resp").text("automatic proposals of corrections").end()
                .start("name").text("Editio importer").end().end()
                .start("respStmt", "xml:id", "editio").start("resp").text("encoding and review").end()
                .start("name").text("Editio editors").end().end().end()
                .start("publicationStmt").start("p").text("Unpublished import.").end().end()
                .start("sourceDesc").start("p").text("A transcription following the bracket convention.").end().end()
                .end()
                .start("profileDesc").start("handNotes")
                .start("handNote", "xml:id", "LT").start("p").text("The author.").end().end()
                .start("handNote", "xml:id", "CM").start("p").text("The editor: text in square brackets.").end().end()
                .start("handNote", "xml:id", "TR").start("p").text("The transcriber: part headings.").end().end()
                .end();
        if (!register.persons().isEmpty()) {
            xml.start("particDesc").raw(LIST_PERSON_PLACEHOLDER).end();
        }
        xml.end().end();
        return xml.build();
    }
}
