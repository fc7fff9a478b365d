package org.editio.edit;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.TeiNames;
import org.editio.core.tei.XmlIds;

/**
 * A draft to validate writes against, at a revision: a tree, and the elements written since it was built,
 * kept beside it instead of copied in. Saxon copies a tree node by node, and a copy of the whole draft per
 * write cost more than validating the write. A write is validated against the tree with only its own
 * element replaced ({@link org.editio.core.validate.EditValidator}); that is the verdict on the draft with
 * every written element in, when the write is apart from the others ({@link #keepsApart}). A write that is
 * not, or one validated whole, first has them copied in ({@link #built}).
 *
 * <p>Why "apart" is enough: the verdict on an edit by parts depends on the element, its ancestors (their
 * names, attributes and text), the elements that point at what the edit changed, what the elements it keeps
 * point at (their name, {@code @next} and {@code @prev}), and the elements that hold its new identifiers.
 * Two written elements are apart when they share no identifier (in either version: so neither holds the
 * other, and neither brings an identifier the other has), and neither points at an identifier whose element
 * the other changed in what a pointer can see (brought, removed, renamed, or linked otherwise). Then what
 * each changed is nowhere the other's verdict looks.
 */
final class Draft {

    /** At most this many written elements are kept apart; each write is checked against every one. */
    static final int KEPT_APART = 64;
    private static final QName NEXT = new QName("next");
    private static final QName PREV = new QName("prev");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final long revision;
    private final XdmNode tree;
    private final boolean valid;
    private final boolean withoutOldLog;
    private final Map<String, Written> written;

    /**
     * A written element with the identifiers it and the tree's element of its xml:id hold and point at, and the
     * identifiers whose element a pointer finds changed between the two.
     */
    private record Written(XdmNode element, Set<String> ids, Set<String> targets, Set<String> changed) {

        boolean apartFrom(Written other) {
            return Collections.disjoint(ids, other.ids) && Collections.disjoint(targets, other.changed)
                    && Collections.disjoint(changed, other.targets);
        }
    }

    /**
     * @param valid         the tree is known valid
     * @param withoutOldLog the tree leaves out the older entries of the log (see {@link DraftPatcher#withoutOldLog})
     */
    Draft(long revision, XdmNode tree, boolean valid, boolean withoutOldLog) {
        this(revision, tree, valid, withoutOldLog, Map.of());
    }

    private Draft(long revision, XdmNode tree, boolean valid, boolean withoutOldLog, Map<String, Written> written) {
        this.revision = revision;
        this.tree = tree;
        this.valid = valid;
        this.withoutOldLog = withoutOldLog;
        this.written = written;
    }

    long revision() {
        return revision;
    }

    /** The tree the written elements are kept beside; it is the whole draft when none is. */
    XdmNode tree() {
        return tree;
    }

    boolean valid() {
        return valid;
    }

    boolean withoutOldLog() {
        return withoutOldLog;
    }

    Draft at(long revision) {
        return new Draft(revision, tree, valid, withoutOldLog, written);
    }

    /** This draft with the tree replaced by one that holds every written element (itself when none is kept apart). */
    Draft built(DraftPatcher patcher) {
        if (written.isEmpty()) {
            return this;
        }
        XdmNode whole = RootElement.of(patcher.replaceAll(tree, written.values().stream().map(Written::element).toList()));
        return new Draft(revision, whole, valid, withoutOldLog);
    }

    /** The draft as a validated write leaves it: the tree {@code patched}, which holds the write, known valid. */
    Draft replacedBy(XdmNode patched) {
        return new Draft(revision, patched, true, withoutOldLog);
    }

    /** The element as the draft has it now; empty when there is none, or it was inside a written element and is gone. */
    Optional<XdmNode> element(String xmlId) {
        Written own = written.get(xmlId);
        if (own != null) {
            return Optional.of(own.element());
        }
        for (Written w : written.values()) {
            if (w.ids().contains(xmlId)) {
                return XmlIds.find(w.element(), xmlId);
            }
        }
        return XmlIds.find(tree, xmlId);
    }

    /**
     * True when a write of the element can be validated against the tree alone: the tree has it, the draft
     * keeps fewer than {@link #KEPT_APART} other written elements, and the write is apart from each of them.
     */
    boolean keepsApart(String xmlId, XdmNode element) {
        Optional<XdmNode> inTree = XmlIds.find(tree, xmlId);
        if (inTree.isEmpty() || !written.containsKey(xmlId) && written.size() >= KEPT_APART) {
            return false;
        }
        Written candidate = written(inTree.get(), element);
        return written.entrySet().stream()
                .allMatch(w -> w.getKey().equals(xmlId) || candidate.apartFrom(w.getValue()));
    }

    /** This draft with the element written (a write {@link #keepsApart} and validated), known valid. */
    Draft with(String xmlId, XdmNode element) {
        Map<String, Written> next = new LinkedHashMap<>(written);
        next.put(xmlId, written(XmlIds.find(tree, xmlId).orElseThrow(), element));
        return new Draft(revision, tree, true, withoutOldLog, Collections.unmodifiableMap(next));
    }

    private static Written written(XdmNode inTree, XdmNode element) {
        Set<String> targets = new HashSet<>();
        Map<String, String> before = seenByPointers(inTree, targets);
        Map<String, String> after = seenByPointers(element, targets);
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        Set<String> changed = new HashSet<>();
        for (String id : ids) {
            if (!Objects.equals(before.get(id), after.get(id))) {
                changed.add(id);
            }
        }
        return new Written(element, ids, targets, changed);
    }

    /**
     * Each identifier in the tree, with what a pointer to it sees (the rules read the name, {@code @next} and
     * {@code @prev} of an element they point at); adds the tree's local pointers to {@code targets}.
     */
    private static Map<String, String> seenByPointers(XdmNode tree, Set<String> targets) {
        Map<String, String> seen = new HashMap<>();
        tree.select(Steps.descendantOrSelf().where(Predicates.isElement())).forEach(e -> {
            String id = e.getAttributeValue(TeiNames.XML_ID);
            if (id != null) {
                seen.put(id, e.getNodeName() + " " + e.getAttributeValue(NEXT) + " " + e.getAttributeValue(PREV));
            }
            e.select(Steps.attribute()).forEach(a -> pointers(a.getStringValue(), targets));
        });
        return seen;
    }

    /** Every local pointer ({@code #id}) in an attribute's value, whatever the attribute: rules may follow any. */
    private static void pointers(String value, Set<String> targets) {
        // Most values hold no pointer, and every write walks the attributes of what it changes.
        if (value.indexOf('#') < 0) {
            return;
        }
        for (String token : WHITESPACE.split(value.trim())) {
            if (token.length() > 1 && token.charAt(0) == '#') {
                targets.add(token.substring(1));
            }
        }
    }
}
