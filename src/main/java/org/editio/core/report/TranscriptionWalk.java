package org.editio.core.report;

import java.util.List;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Walks the text of an edition as transcribed (the {@code sic} of every correction, never the
 * {@code corr}), telling a sink each stretch of text with its hand. With brackets on, it puts back
 * the square brackets that the encoding turned into markup, by the rules of the edition's
 * {@code editorialDecl}: so the transcription can be compared with what the edition says it was.
 */
public final class TranscriptionWalk {

    /** Receives text in reading order. */
    public interface Sink {
        void text(String hand, String text);

        /** The end of a paragraph or heading. */
        default void blockEnd(XdmNode element) {
        }

        /** Every element, before its content: lets a report keep track of chapters and parts. */
        default void enter(XdmNode element) {
        }
    }

    private static final QName HAND = new QName("hand");
    private static final QName NEXT = new QName("next");
    private static final QName PREV = new QName("prev");
    private static final QName REND = new QName("rend");
    private static final QName TYPE = new QName("type");

    private final boolean brackets;

    public TranscriptionWalk(boolean brackets) {
        this.brackets = brackets;
    }

    /** Walks the {@code text} element of a TEI document. */
    public void walk(XdmNode document, Sink sink) {
        XdmNode text = Tei.first(document, "text");
        walk(text, hand(text, "LT"), sink);
    }

    /** Walks one element of the text, whose hand is worked out from its ancestors. */
    public void walkElement(XdmNode element, Sink sink) {
        String hand = "LT";
        for (XdmNode a = element.getParent(); a != null; a = a.getParent()) {
            if (a.getNodeKind() == XdmNodeKind.ELEMENT && a.getAttributeValue(HAND) != null) {
                hand = hand(a, hand);
                break;
            }
        }
        walk(element, hand, sink);
    }

    private void walk(XdmNode node, String inherited, Sink sink) {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            sink.text(inherited, node.getStringValue());
            return;
        }
        if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
            return;
        }
        String name = Tei.localName(node);
        if (name.equals("corr")) {
            return;
        }
        String hand = hand(node, inherited);
        sink.enter(node);
        if (brackets) {
            opening(node, name, hand, sink);
        }
        for (XdmNode child : node.children()) {
            walk(child, hand, sink);
        }
        if (brackets) {
            closing(node, name, hand, sink);
        }
        if (name.equals("p") || name.equals("head")) {
            sink.blockEnd(node);
        }
    }

    private void opening(XdmNode node, String name, String hand, Sink sink) {
        if (name.equals("p") && rend(node).contains("asterisk")) {
            sink.text(hand, "* ");
        }
        if (name.equals("note")) {
            sink.text(hand, "[");
        } else if (isRunPiece(node, name)) {
            if (node.getAttributeValue(PREV) == null || repeatsBracket(node)) {
                sink.text(hand, "[");
            }
        }
    }

    private void closing(XdmNode node, String name, String hand, Sink sink) {
        if (name.equals("note")) {
            sink.text(hand, "]");
        } else if (isRunPiece(node, name) && node.getAttributeValue(NEXT) == null) {
            List<String> rend = rend(node);
            if (!rend.contains("unclosed")) {
                sink.text(hand, rend.contains("brace") ? "}" : "]");
            }
        }
    }

    /** A piece of the editor's bracketed text: a seg, or a paragraph wholly in his hand (outside a note). */
    private static boolean isRunPiece(XdmNode node, String name) {
        boolean marked = "#CM".equals(node.getAttributeValue(HAND));
        return marked && (name.equals("seg") && !"signature".equals(node.getAttributeValue(TYPE)) || name.equals("p"));
    }

    /** A continuing piece repeats "[" at its paragraph's start, except in quotations and continuations. */
    private static boolean repeatsBracket(XdmNode piece) {
        XdmNode p = Tei.localName(piece).equals("p") ? piece : piece.getParent();
        List<String> rend = rend(p);
        if (rend.contains("bracket-repeated")) {
            return true;
        }
        if (rend.contains("bracket-not-repeated")) {
            return false;
        }
        boolean inQuotation = Tei.hasAncestor(p, "cit");
        return !inQuotation && !rend.contains("continuation");
    }

    private static List<String> rend(XdmNode node) {
        String rend = node.getAttributeValue(REND);
        return rend == null ? List.of() : List.of(rend.trim().split("\\s+"));
    }

    private static String hand(XdmNode node, String inherited) {
        String hand = node.getAttributeValue(HAND);
        return hand == null ? inherited : hand.replaceFirst("^#", "");
    }
}
