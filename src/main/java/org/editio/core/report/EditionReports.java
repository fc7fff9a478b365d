package org.editio.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.core.tei.TeiNames;

/**
 * The three reports of an edition: hands, apparatus and statistics. Plain Java over a parsed TEI
 * tree, shared by the command line and the service.
 */
public final class EditionReports {

    /** The blog transcriber's part headings belong to neither of the book's two hands. */
    public static final String TRANSCRIBER = "TR";
    private static final QName XML_ID = TeiNames.XML_ID;
    private static final int CONTEXT = 40;

    /** Segments in reading order covering all the book's text, body and notes, as transcribed. */
    public List<HandSegment> hands(XdmNode document) {
        List<HandSegment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] hand = {null};
        new TranscriptionWalk(false).walk(document, new TranscriptionWalk.Sink() {
            @Override
            public void text(String h, String text) {
                if (h.equals(TRANSCRIBER)) {
                    return;
                }
                if (!h.equals(hand[0]) && !text.isBlank()) {
                    flush(segments, hand[0], current);
                    hand[0] = h;
                }
                current.append(text);
            }

            @Override
            public void blockEnd(XdmNode element) {
                if (!current.isEmpty()) {
                    current.append('\n');
                }
            }
        });
        flush(segments, hand[0], current);
        return segments;
    }

    private static void flush(List<HandSegment> segments, String hand, StringBuilder text) {
        if (hand != null && !text.toString().isBlank()) {
            segments.add(new HandSegment(hand, text.toString()));
        }
        text.setLength(0);
    }

    /** One entry per correction, in document order, with its context in the transcribed reading. */
    public List<ApparatusEntry> apparatus(XdmNode document) {
        List<ApparatusEntry> entries = new ArrayList<>();
        for (XdmNode choice : descendants(Tei.first(document, "text"), "choice")) {
            XdmNode sic = child(choice, "sic");
            XdmNode corr = child(choice, "corr");
            XdmNode block = enclosingBlock(choice);
            entries.add(new ApparatusEntry(
                    choice.getAttributeValue(XML_ID),
                    sic == null ? "" : sic.getStringValue(),
                    corr == null ? "" : corr.getStringValue(),
                    corr == null ? null : corr.getAttributeValue(new QName("resp")),
                    corr == null ? null : corr.getAttributeValue(new QName("cert")),
                    corr == null ? null : corr.getAttributeValue(new QName("type")),
                    block == null ? null : block.getAttributeValue(XML_ID),
                    context(block, choice)));
        }
        return entries;
    }

    public EditionStats stats(XdmNode document) {
        Map<String, Integer> total = wordsByHand(Tei.first(document, "text"));
        return new EditionStats(total, share(total), divisions(document),
                descendants(document, "choice").size(), correctionsByType(document),
                descendants(document, "note").size(), descendants(document, "cit").size(),
                descendants(Tei.first(document, "text"), "persName").size());
    }

    private static Map<String, Integer> wordsByHand(XdmNode element) {
        Map<String, Integer> words = new TreeMap<>();
        new TranscriptionWalk(false).walkElement(element, (hand, text) -> {
            int n = countWords(text);
            if (n > 0 && !hand.equals(TRANSCRIBER)) {
                words.merge(hand, n, Integer::sum);
            }
        });
        return words;
    }

    private static double share(Map<String, Integer> words) {
        int all = words.values().stream().mapToInt(Integer::intValue).sum();
        return all == 0 ? 0 : Math.round(1000.0 * words.getOrDefault("CM", 0) / all) / 1000.0;
    }

    private static List<EditionStats.Division> divisions(XdmNode document) {
        List<EditionStats.Division> out = new ArrayList<>();
        for (XdmNode div : descendants(Tei.first(document, "text"), "div")) {
            XdmNode head = lastHead(div);
            out.add(new EditionStats.Division(div.getAttributeValue(XML_ID), div.getAttributeValue(new QName("type")),
                    div.getAttributeValue(new QName("n")), head == null ? null : head.getStringValue().strip(),
                    wordsByHand(div)));
        }
        return out;
    }

    private static Map<String, Integer> correctionsByType(XdmNode document) {
        Map<String, Integer> byType = new TreeMap<>();
        for (XdmNode corr : descendants(document, "corr")) {
            String type = corr.getAttributeValue(new QName("type"));
            byType.merge(type == null ? "unspecified" : type, 1, Integer::sum);
        }
        return byType;
    }

    static int countWords(String text) {
        int words = 0;
        for (String token : text.trim().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    private static XdmNode lastHead(XdmNode div) {
        XdmNode head = null;
        for (XdmNode child : div.children()) {
            if (Tei.isTei(child, "head")) {
                head = child;
            }
        }
        return head;
    }

    private static XdmNode enclosingBlock(XdmNode node) {
        for (XdmNode a = node.getParent(); a != null; a = a.getParent()) {
            if (Tei.isTei(a, "p") || Tei.isTei(a, "head")) {
                return a;
            }
        }
        return null;
    }

    /** The transcribed reading around a correction, the correction's own text in ⟨angle brackets⟩. */
    private static String context(XdmNode block, XdmNode choice) {
        if (block == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int[] at = {-1, -1};
        new TranscriptionWalk(false).walkElement(block, new TranscriptionWalk.Sink() {
            @Override
            public void enter(XdmNode element) {
                if (element.equals(choice)) {
                    at[0] = text.length();
                }
            }

            @Override
            public void text(String hand, String t) {
                text.append(t);
                if (at[0] >= 0 && at[1] < 0) {
                    at[1] = text.length();
                }
            }
        });
        if (at[0] < 0) {
            return "";
        }
        int from = Math.max(0, at[0] - CONTEXT);
        int to = Math.min(text.length(), at[1] + CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, at[0]) + "⟨" + text.substring(at[0], at[1]) + "⟩"
                + text.substring(at[1], to) + (to < text.length() ? "…" : "");
    }

    static List<XdmNode> descendants(XdmNode node, String localName) {
        List<XdmNode> found = new ArrayList<>();
        collect(node, localName, found);
        return found;
    }

    private static void collect(XdmNode node, String localName, List<XdmNode> found) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                if (Tei.isTei(child, localName)) {
                    found.add(child);
                }
                collect(child, localName, found);
            }
        }
    }

    private static XdmNode child(XdmNode node, String localName) {
        for (XdmNode c : node.children()) {
            if (Tei.isTei(c, localName)) {
                return c;
            }
        }
        return null;
    }
}
