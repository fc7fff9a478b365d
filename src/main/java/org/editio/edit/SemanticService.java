package org.editio.edit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.exist.FragmentStore;
import org.editio.exist.FragmentWrite;
import org.editio.exist.StoredFragment;
import org.editio.service.EditionIds;

/**
 * The common acts of an editor as operations, so that a client never writes TEI: mark a span as a
 * correction, a hand, a quotation or a person; add or edit a note; accept or reject a correction. Each
 * builds the new element from the stored one and goes through the fragment write (validated, versioned,
 * recorded pending review).
 */
@ApplicationScoped
public class SemanticService {

    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final String ED_NS = "http://editio.org/ns/1.0";
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}._-]*");
    private static final Pattern SOURCE = Pattern.compile("(#|https?://)\\S+");

    @Inject
    FragmentService writer;

    @Inject
    SemanticEdits edits;

    @Inject
    HardenedXmlParser parser;

    public FragmentWrite mark(String edition, String xmlId, String ifMatch, Mark mark, Editor editor) {
        if (mark.start() == null || mark.end() == null) {
            throw new BadRequestException("A mark needs start and end offsets");
        }
        StoredFragment current = writer.current(edition, xmlId, ifMatch);
        String kind = mark.kind() == null ? "" : mark.kind();
        String wrapper = switch (kind) {
            case "correction" -> {
                if (mark.corrected() == null) {
                    throw new BadRequestException("A correction needs the corrected text in 'corrected'");
                }
                yield "<choice xml:id='" + newId(current, xmlId, "c") + "' change='" + FragmentService.NEW_CHANGE + "'>"
                        + "<sic ed:slot='1'/>"
                        + "<corr resp='#" + editor.id() + "' cert='high'"
                        + (mark.type() == null ? "" : " type='" + name(mark.type(), "type") + "'") + ">"
                        + escape(mark.corrected()) + "</corr></choice>";
            }
            case "hand" -> switch (mark.hand() == null ? "" : mark.hand()) {
                case "CM" -> "<seg type='interpolation' hand='#CM' xml:id='" + newId(current, xmlId, "cm") + "' ed:slot='1'/>";
                case "LT" -> "<seg hand='#LT' ed:slot='1'/>";
                default -> throw new BadRequestException("hand must be LT (Trotsky) or CM (the editor)");
            };
            case "quotation" -> {
                if (mark.source() != null && !SOURCE.matcher(mark.source()).matches()) {
                    throw new BadRequestException("A quotation's source is a URI (http…) or a pointer (#id)");
                }
                yield "<quote ed:slot='1'" + (mark.source() == null ? "" : " source='" + escape(mark.source()) + "'") + "/>";
            }
            case "person" -> "<persName ref='#" + name(mark.person(), "person") + "' ed:slot='1'/>";
            default -> throw new BadRequestException("kind must be correction, hand, quotation or person");
        };
        XdmNode marked = edits.mark(element(current), mark.start(), mark.end(), wrapperElement(wrapper));
        return writer.store(edition, xmlId, current.version(), marked,
                writer.change(editor, "mark-" + kind, "Marked characters " + mark.start() + "–" + mark.end()
                        + " of " + xmlId + " as " + kind), FragmentStore.Review.NONE);
    }

    public FragmentWrite addNote(String edition, String xmlId, String ifMatch, Integer at, String text, Editor editor) {
        if (at == null || text == null || text.isBlank()) {
            throw new BadRequestException("A note needs 'at' (an offset in the text) and 'text'");
        }
        StoredFragment current = writer.current(edition, xmlId, ifMatch);
        String noteId = newId(current, xmlId, "n");
        String note = "<note type='editorial' place='foot' resp='#" + editor.id() + "' xml:id='" + noteId + "'>"
                + escape(text.strip()) + "</note>";
        XdmNode withNote = edits.mark(element(current), at, at, wrapperElement(note));
        return writer.store(edition, xmlId, current.version(), withNote,
                writer.change(editor, "add-note", "Added note " + noteId + " to " + xmlId), FragmentStore.Review.NONE);
    }

    public FragmentWrite editNote(String edition, String noteId, String ifMatch, String text, Editor editor) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("A note needs 'text'");
        }
        StoredFragment current = writer.current(edition, noteId, ifMatch);
        XdmNode edited = edits.noteText(element(current), noteId, text.strip());
        return writer.store(edition, noteId, current.version(), edited,
                writer.change(editor, "edit-note", "Edited note " + noteId), FragmentStore.Review.NONE);
    }

    /** The person register's xml:id (the importer gives listPerson this id). */
    public static final String REGISTER = "persons";
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    /** A person added to the register, and the write that added it. */
    public record AddedPerson(String id, FragmentWrite write) {
    }

    /**
     * Adds a person to the register ({@code listPerson xml:id="persons"}), so that names can point to them.
     * The id comes from the name; the write is a fragment write of the register, retried if another
     * editor changed the register meanwhile.
     */
    public AddedPerson addPerson(String edition, String name, String wikidata, Editor editor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BadRequestException("A person needs a name (at most 200 characters)");
        }
        if (wikidata != null && !wikidata.isBlank() && !WIKIDATA.matcher(wikidata).matches()) {
            throw new BadRequestException("wikidata must be a Wikidata item id such as Q855");
        }
        EditionIds.require(edition);
        for (int attempt = 0; ; attempt++) {
            StoredFragment register = writer.latest(edition, REGISTER)
                    .orElseThrow(() -> new InvalidEditException("This edition has no person register "
                            + "(listPerson xml:id=\"" + REGISTER + "\")", List.of()));
            String id = freePersonId(register.xml(), name);
            String person = "<person xml:id=\"" + id + "\"><persName>" + escape(name.strip()) + "</persName>"
                    + (wikidata == null || wikidata.isBlank() ? "" : "<idno type=\"wikidata\">" + wikidata + "</idno>")
                    + "</person>";
            int close = register.xml().lastIndexOf("</");
            String xml = register.xml().substring(0, close) + person + register.xml().substring(close);
            try {
                FragmentWrite write = writer.store(edition, REGISTER, register.version(),
                        RootElement.of(parser.parse(xml.getBytes(StandardCharsets.UTF_8))),
                        writer.change(editor, "add-person", "Added " + name.strip() + " to the register as " + id),
                        FragmentStore.Review.NONE);
                return new AddedPerson(id, write);
            } catch (FragmentConflictException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String freePersonId(String register, String name) {
        String base = org.editio.core.tei.Slugs.of(name);
        base = base.isEmpty() || !Character.isLetter(base.charAt(0)) ? "person-" + base : base;
        String id = base;
        for (int n = 2; register.contains("xml:id=\"" + id + "\""); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The editor vouches for a correction: joins its @resp, with high certainty. */
    public FragmentWrite acceptCorrection(String edition, String choiceId, String ifMatch, Editor editor) {
        StoredFragment choice = writer.current(edition, choiceId, ifMatch);
        XdmNode accepted = edits.acceptCorrection(element(choice), choiceId, "#" + editor.id());
        return writer.store(edition, choiceId, choice.version(), accepted,
                writer.change(editor, "accept-correction", "Confirmed correction " + choiceId), FragmentStore.Review.NONE);
    }

    /** The transcription's reading stands: the correction goes from the element around it. */
    public FragmentWrite rejectCorrection(String edition, String choiceId, String ifMatch, Editor editor) {
        StoredFragment choice = writer.current(edition, choiceId, ifMatch);
        if (choice.container() == null) {
            throw new InvalidEditException("Correction " + choiceId + " is in no element with an xml:id", List.of());
        }
        StoredFragment container = writer.latest(edition, choice.container())
                .orElseThrow(() -> new FragmentNotFoundException(edition, choice.container()));
        XdmNode rejected = edits.rejectCorrection(element(container), choiceId);
        return writer.store(edition, container.xmlId(), container.version(), rejected,
                writer.change(editor, "reject-correction", "Removed correction " + choiceId + " (the transcription stands)"),
                FragmentStore.Review.NONE);
    }

    private XdmNode element(StoredFragment fragment) {
        return RootElement.of(parser.parse(fragment.xml().getBytes(StandardCharsets.UTF_8)));
    }

    private XdmNode wrapperElement(String markup) {
        String xml = markup.replaceFirst("^<([A-Za-z]+)", "<$1 xmlns='" + TEI_NS + "' xmlns:ed='" + ED_NS + "'");
        return RootElement.of(parser.parse(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new xml:id inside the element: its own id, the kind's letters and the next free number. */
    private static String newId(StoredFragment fragment, String xmlId, String letters) {
        Matcher ids = Pattern.compile("xml:id=\"" + Pattern.quote(xmlId + "-" + letters) + "(\\d+)\"").matcher(fragment.xml());
        int max = 0;
        while (ids.find()) {
            max = Math.max(max, Integer.parseInt(ids.group(1)));
        }
        return xmlId + "-" + letters + (max + 1);
    }

    private static String name(String value, String field) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new BadRequestException(field + " must be a name (letters, digits, . _ -)");
        }
        return value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&apos;").replace("\"", "&quot;");
    }
}
