package org.editio.core.validate;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.core.render.Stylesheets;
import org.editio.core.tei.LineNumberedDestination;
import org.editio.core.tei.TeiNames;
import org.editio.core.tei.XmlIds;
import org.xml.sax.InputSource;

/**
 * Validates an edit of one element by what it can change, instead of the whole edition: the same
 * verdict as {@link TeiValidator} on the edited draft, when the draft before the edit was valid and
 * the edit replaced one element by an element of the same name. Callers check those two conditions
 * (and that nothing else changed); when they do not hold, they validate the whole edition.
 *
 * <p>Why the verdict is the same (the project's grammar and rules as they stand; see
 * {@link #ARGUED_PATTERNS}):
 * <ul>
 * <li><b>Grammar.</b> The element's ancestors keep their attributes, text and the names of their
 * children, so whether each ancestor's content model accepts its children is decided by the same
 * names; the edited element is checked in full. The other children stand as stubs, which the
 * stubbed grammar lets match any pattern of their name: they were valid before and are unchanged.
 * (Where one content model had two patterns of the same name for siblings that depend on each
 * other, a stub could hide a failure; the project grammar has no such model.)</li>
 * <li><b>Rules.</b> Each rule reads its context element's own attributes and children's names, the
 * names of its ancestors, its text, and the elements its pointers reach by xml:id (their name, {@code @next} and
 * {@code @prev}). So a finding can appear only on the edited element and its content, or on an
 * element elsewhere that points at an identifier whose element the edit removed or changed in one of
 * those three (a pointer to a new identifier cannot exist: the draft was valid). Both are kept in
 * full under their ancestors; the elements they point at, an element elsewhere that already had an
 * identifier new in the edit, and the declared hands and responsibilities (which messages list) stand
 * as stubs with all their attributes. A duplicate identifier is reported on the edited element (the
 * whole-edition check reports both copies).</li>
 * </ul>
 * A Schematron pattern that is not in {@link #ARGUED_PATTERNS} turns this off: a new rule may read
 * more than these, so it must be argued here first.
 */
public final class EditValidator {

    /** The patterns of tei/schema/editio.sch whose reach is argued above. */
    public static final Set<String> ARGUED_PATTERNS = Set.of("ids", "body-ids", "default-hand", "hands",
            "corrections", "notes", "pointers", "persons", "chains", "brackets");

    private static final String SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron";

    private final Processor processor;
    private final SchematronValidator rules;
    private final XsltExecutable context;
    private final RelaxNgValidator stubbedGrammar;
    private final boolean argued;
    private final XPathExecutable focusRoots;
    private final XPathExecutable path;

    EditValidator(Processor processor, Path rng, Path schematron, SchematronValidator rules) {
        this.processor = processor;
        this.rules = rules;
        this.context = Stylesheets.compile(processor, "edit/validation-context.xsl");
        try {
            this.focusRoots = processor.newXPathCompiler().compile(
                    "//processing-instruction('editio-focus')/following-sibling::*[1]/path()");
            this.path = processor.newXPathCompiler().compile("path()");
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        this.argued = ARGUED_PATTERNS.equals(patternIds(processor, schematron));
        this.stubbedGrammar = argued ? stubbed(processor, rng) : null;
    }

    /** False when the Schematron has patterns not argued for: every edit is then validated whole. */
    public boolean enabled() {
        return argued;
    }

    /**
     * The verdict on the draft with one element replaced, without building that draft.
     *
     * @param draft       the draft before the edit, known to be valid
     * @param replacement the element {@code xmlId} as the edit makes it (its lines are those it was sent with)
     * @param file        labels findings on the edited element
     * @return the findings, or empty when this edit cannot be validated by parts (validate the whole)
     */
    public Optional<List<ValidationMessage>> validate(XdmNode draft, XdmNode replacement, String xmlId, String file) {
        if (!argued) {
            return Optional.empty();
        }
        XdmNode before = byId(draft, xmlId);
        if (before == null || !xmlId.equals(replacement.getAttributeValue(TeiNames.XML_ID))
                || !before.getNodeName().equals(replacement.getNodeName())) {
            return Optional.empty();
        }
        try {
            Xslt30Transformer t = context.load30();
            t.setGlobalContextItem(draft);
            t.setStylesheetParameters(Map.of(new QName("fragment-id"), new XdmAtomicValue(xmlId),
                    new QName("replacement"), replacement));
            XdmNode grammarContext = contextDocument(t, "grammar-context");
            XdmNode sent = byId(grammarContext, xmlId);
            List<ValidationMessage> messages = new ArrayList<>(
                    stubbedGrammar.validate(grammarContext, file, sent));
            XdmNode ruleContext = contextDocument(t, "rule-context");
            List<String> focus = focusPaths(ruleContext);
            String element = byIdPath(ruleContext, xmlId);
            List<String> theElement = List.of(element);
            for (ValidationMessage m : rules.validate(ruleContext, file,
                    location -> within(location, theElement) || within(location, focus))) {
                if (within(m.location(), theElement)) {
                    messages.add(m);
                } else if (within(m.location(), focus)) {
                    // Elsewhere in the edition: no lines of anything the client sent, so named by the element's id.
                    messages.add(new ValidationMessage(m.severity(), m.source(), nearestId(ruleContext, m.location()),
                            -1, -1, m.message(), m.location()));
                }
            }
            return Optional.of(List.copyOf(messages));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot cut out the edit for validation: " + e.getMessage(), e);
        }
    }

    private static XdmNode contextDocument(Xslt30Transformer t, String template) throws SaxonApiException {
        LineNumberedDestination result = new LineNumberedDestination();
        t.callTemplate(new QName(template), result);
        return result.getXdmNode();
    }

    private List<String> focusPaths(XdmNode ruleContext) throws SaxonApiException {
        List<String> paths = new ArrayList<>();
        XPathSelector found = focusRoots.load();
        found.setContextItem(ruleContext);
        for (XdmItem item : found) {
            paths.add(item.getStringValue());
        }
        return paths;
    }

    /** The xml:id of the finding's element or of its nearest identified ancestor, else "edition". */
    private String nearestId(XdmNode ruleContext, String location) {
        try {
            XdmItem id = processor.newXPathCompiler().evaluateSingle(
                    "(" + location + ")/ancestor-or-self::*[@xml:id][1]/string(@xml:id)", ruleContext);
            return id == null ? "edition" : id.getStringValue();
        } catch (SaxonApiException e) {
            return "edition";
        }
    }

    private String byIdPath(XdmNode document, String xmlId) throws SaxonApiException {
        XPathSelector selector = path.load();
        selector.setContextItem(byId(document, xmlId));
        return selector.evaluateSingle().getStringValue();
    }

    private static boolean within(String location, List<String> focus) {
        if (location == null) {
            return true;
        }
        for (String root : focus) {
            if (location.equals(root) || location.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    private static XdmNode byId(XdmNode document, String xmlId) {
        return XmlIds.find(document, xmlId).orElse(null);
    }

    private static Set<String> patternIds(Processor processor, Path schematron) {
        try {
            XdmNode schema = processor.newDocumentBuilder().build(schematron.toFile());
            var xpath = processor.newXPathCompiler();
            xpath.declareNamespace("sch", SCHEMATRON_NS);
            Set<String> ids = new HashSet<>();
            for (XdmItem id : xpath.evaluate("//sch:pattern/string(@id)", schema)) {
                ids.add(id.getStringValue());
            }
            return ids;
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("Cannot read the patterns of " + schematron + ": " + e.getMessage(), e);
        }
    }

    /** The grammar in which any element may also be a stub (xslt/edit/stubbed-grammar.xsl). */
    private static RelaxNgValidator stubbed(Processor processor, Path rng) {
        try {
            Xslt30Transformer t = Stylesheets.compile(processor, "edit/stubbed-grammar.xsl").load30();
            StringWriter grammar = new StringWriter();
            t.transform(new StreamSource(rng.toFile()), processor.newSerializer(grammar));
            InputSource source = new InputSource(new StringReader(grammar.toString()));
            source.setSystemId(rng.toUri().toString());
            return new RelaxNgValidator(source);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("Cannot derive the stubbed grammar of " + rng + ": " + e.getMessage(), e);
        }
    }
}
