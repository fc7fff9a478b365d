package org.editio.edit;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.TeiNames;
import org.editio.core.tei.XmlIds;
import org.editio.core.validate.TeiValidator;
import org.editio.core.validate.ValidationMessage;
import org.editio.metrics.EditMetrics;

/**
 * Whether a write of one element leaves the edition valid (project schema and Schematron): by its parts when
 * the draft allows it, else the whole draft with the element in. A write that does not is refused with the
 * messages (422), before anything is stored.
 */
@ApplicationScoped
class WriteValidation {

    private static final QName XML_ID = TeiNames.XML_ID;
    private static final Pattern LOG_IDS = Pattern.compile("(rev|changes)-[0-9]+");

    @Inject
    TeiValidator validator;

    @Inject
    DraftPatcher patcher;

    @Inject
    HardenedXmlParser parser;

    @Inject
    EditMetrics metrics;

    /** A write's validation: the draft it was validated against (as it had the element before), and the draft after it. */
    record Validated(Draft before, Draft after) {
    }

    /**
     * Validates the write of the element on the draft: by its parts when the draft is known valid and already
     * declares the editor (the only change outside the element a write makes), else whole. By parts, the
     * element is kept apart from the draft's tree when it can be (see {@link Draft}), so that no write copies
     * the whole draft; whole, the draft is built and copied with the element in.
     */
    Validated validated(String edition, Draft draft, String xmlId, XdmNode element, Editor editor) {
        XdmNode current = draft.element(xmlId).orElseThrow(() -> new FragmentNotFoundException(edition, xmlId));
        requireNoNewLogIds(current, element);
        boolean partsSuffice = draft.valid() && XmlIds.find(draft.tree(), editor.id()).isPresent();
        if (partsSuffice) {
            Draft on = draft.keepsApart(xmlId, element) ? draft : draft.built(patcher);
            Optional<List<ValidationMessage>> parts = byParts(on.tree(), element, xmlId);
            if (parts.isPresent()) {
                metrics.validated(true);
                requireValid(parts.get());
                return new Validated(on, on.with(xmlId, element));
            }
        }
        metrics.validated(false);
        Draft on = draft.built(patcher);
        XdmNode patched = patcher.replace(on.tree(), element, editor);
        List<ValidationMessage> messages = whole(patched);
        if (!TeiValidator.isValid(messages) && !partsSuffice) {
            // Findings by parts give the lines of what was sent; they need the draft (with the editor
            // declared) to be valid, which an imported edition outside the conventions is not.
            XdmNode declared = patcher.replace(on.tree(), current, editor);
            if (TeiValidator.isValid(whole(declared))) {
                messages = byParts(declared, element, xmlId).orElse(messages);
            }
        }
        requireValid(messages);
        return new Validated(on, on.replacedBy(RootElement.of(patched)));
    }

    private static void requireValid(List<ValidationMessage> messages) {
        if (!TeiValidator.isValid(messages)) {
            throw new InvalidEditException("The edit would leave the edition invalid; nothing was stored", messages);
        }
    }

    /**
     * Identifiers of the form of the platform's log entries (rev-N, changes-N) are the log's: an element may keep
     * those it has, but not bring new ones, which the draft validated against may not show (see
     * {@link DraftBases#baseFor}).
     */
    private static void requireNoNewLogIds(XdmNode current, XdmNode element) {
        Set<String> had = new HashSet<>();
        current.select(Steps.descendantOrSelf().where(Predicates.isElement()))
                .forEach(e -> had.add(e.getAttributeValue(XML_ID)));
        element.select(Steps.descendantOrSelf().where(Predicates.isElement())).map(e -> e.getAttributeValue(XML_ID))
                .filter(id -> id != null && !had.contains(id) && LOG_IDS.matcher(id).matches()).findFirst()
                .ifPresent(id -> {
                    throw new InvalidEditException("The xml:id '" + id + "' has the form of the platform's log entries"
                            + " (rev-N, changes-N), which are reserved for it; nothing was stored", List.of());
                });
    }

    private Optional<List<ValidationMessage>> byParts(XdmNode draft, XdmNode element, String xmlId) {
        return validator.edits().validate(draft, element, xmlId, xmlId);
    }

    private List<ValidationMessage> whole(XdmNode draft) {
        return validator.validate(parser.serialize(draft).getBytes(StandardCharsets.UTF_8), "edition");
    }
}
