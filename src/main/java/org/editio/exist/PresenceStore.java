package org.editio.exist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import org.editio.config.ExistConfig;
import org.editio.core.tei.TeiNames;

/** Who is present in an edition, and what happened since a revision: shared by all service instances. */
@ApplicationScoped
public class PresenceStore {

    @Inject
    EditionStore editions;

    @Inject
    ExistConfig config;

    /** Someone at an element: viewing or editing it, until the time given. */
    public record Presence(String user, String name, String fragment, String activity) {
    }

    /** Changes and decisions since a revision, the last publication, and who is present. */
    public record Events(long revision, long publishedRevision, List<ChangeSummary> changes,
                         List<ChangeSummary> reviews, List<Presence> present) {
    }

    /** @param activity viewing, editing, or left (which removes the account's presence) */
    public boolean announce(String edition, Presence presence, Instant now, Instant until) {
        XdmNode outcome = editions.result(XQueries.PRESENCE.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("user", presence.user())
                .bind("user-name", presence.name())
                .bind("fragment", presence.fragment())
                .bind("activity", presence.activity())
                .bind("now", now.toString())
                .bind("until", until.toString()));
        return "stored".equals(outcome.getAttributeValue(new QName("status")));
    }

    /** Empty when the edition does not exist. */
    public Optional<Events> since(String edition, long revision, Instant now) {
        XdmNode events = editions.result(XQueries.EVENTS.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("since", revision)
                .bind("now", now.toString()));
        if ("outcome".equals(events.getNodeName().getLocalName())) {
            return Optional.empty();
        }
        List<ChangeSummary> changes = new ArrayList<>();
        events.children(Predicates.hasName(TeiNames.EDITIO_NS, "change")).forEach(c -> changes.add(ChangeSummary.of(c)));
        List<ChangeSummary> reviews = new ArrayList<>();
        events.children(Predicates.hasName(TeiNames.EDITIO_NS, "review")).forEach(c -> reviews.add(ChangeSummary.of(c)));
        List<Presence> present = new ArrayList<>();
        events.children(Predicates.hasName(TeiNames.EDITIO_NS, "here")).forEach(h -> present.add(new Presence(
                h.getAttributeValue(new QName("user")), h.getAttributeValue(new QName("name")),
                h.getAttributeValue(new QName("fragment")), h.getAttributeValue(new QName("activity")))));
        String published = events.getAttributeValue(new QName("published-rev"));
        return Optional.of(new Events(Long.parseLong(events.getAttributeValue(new QName("rev"))),
                published == null ? 0 : Long.parseLong(published), changes, reviews, present));
    }
}
