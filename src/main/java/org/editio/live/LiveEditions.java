package org.editio.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import org.editio.edit.Editor;
import org.editio.exist.PresenceStore;
import org.editio.service.EditionIds;
import org.editio.service.EditionNotFoundException;
import org.jboss.logging.Logger;

/**
 * Live streams of editions. Each service instance polls eXist-db for an edition while someone listens
 * to it, so that changes made through any instance reach every listener, and broadcasts what it finds:
 * new changes, review decisions, publications, and who is present where.
 */
@ApplicationScoped
public class LiveEditions {

    private static final Logger LOG = Logger.getLogger(LiveEditions.class);
    static final Duration POLL = Duration.ofMillis(250);
    static final Duration PRESENCE_TTL = Duration.ofSeconds(30);
    /** Events a listener may fall behind by before its stream ends (it can reconnect and read the history). */
    static final int LISTENER_BUFFER = 4096;

    @Inject
    PresenceStore store;

    Clock clock = Clock.systemUTC();

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "editio-live");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();

    /** The events of an edition from now on, starting with a hello that gives its revision. */
    public Multi<EditionEvent> listen(String edition) {
        EditionIds.require(edition);
        PresenceStore.Events now = store.since(edition, Long.MAX_VALUE, Instant.now(clock))
                .orElseThrow(() -> new EditionNotFoundException(edition));
        Stream stream = streams.computeIfAbsent(edition, id -> new Stream(id, now));
        EditionEvent hello = new EditionEvent("hello", Map.of("revision", now.revision(),
                "publishedRevision", now.publishedRevision(), "present", now.present()));
        // A poll can announce several changes at once, faster than the SSE writer asks for them: each
        // listener keeps what it has not been sent yet, instead of its stream failing on the burst.
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(hello),
                        stream.broadcast.onOverflow().buffer(LISTENER_BUFFER))
                .onSubscription().invoke(stream::join)
                .onTermination().invoke(() -> leave(stream));
    }

    /** Says where an editor is (viewing or editing an element), or that they left. */
    public void announce(String edition, Editor editor, String fragment, String activity) {
        EditionIds.require(edition);
        Instant now = Instant.now(clock);
        boolean stored = store.announce(edition, new PresenceStore.Presence(editor.user(), editor.name(),
                fragment == null ? "" : fragment, activity), now, now.plus(PRESENCE_TTL));
        if (!stored) {
            throw new EditionNotFoundException(edition);
        }
    }

    private void leave(Stream stream) {
        if (stream.listeners.decrementAndGet() == 0) {
            stream.stop();
            streams.remove(stream.edition, stream);
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /** One edition's broadcast, and the poll that feeds it. */
    private final class Stream {

        final String edition;
        final BroadcastProcessor<EditionEvent> broadcast = BroadcastProcessor.create();
        final java.util.concurrent.atomic.AtomicInteger listeners = new java.util.concurrent.atomic.AtomicInteger();
        long revision;
        long published;
        List<PresenceStore.Presence> present;
        ScheduledFuture<?> polling;

        Stream(String edition, PresenceStore.Events now) {
            this.edition = edition;
            this.revision = now.revision();
            this.published = now.publishedRevision();
            this.present = now.present();
        }

        synchronized void join() {
            listeners.incrementAndGet();
            if (polling == null) {
                polling = poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        synchronized void stop() {
            if (polling != null) {
                polling.cancel(false);
                polling = null;
            }
        }

        void poll() {
            try {
                PresenceStore.Events events = store.since(edition, revision, Instant.now(clock)).orElse(null);
                if (events == null) {
                    return;
                }
                events.changes().forEach(c -> broadcast.onNext(new EditionEvent("change", c)));
                events.reviews().forEach(c -> broadcast.onNext(new EditionEvent("review", c)));
                if (events.publishedRevision() != published) {
                    published = events.publishedRevision();
                    broadcast.onNext(new EditionEvent("publication", Map.of("revision", published)));
                }
                if (!Objects.equals(events.present(), present)) {
                    present = events.present();
                    broadcast.onNext(new EditionEvent("presence", Map.of("present", present)));
                }
                revision = events.revision();
            } catch (RuntimeException e) {
                // eXist-db away for a moment: listeners keep their stream, the next poll catches up.
                LOG.debugf("Live poll of %s failed: %s", edition, e.getMessage());
            }
        }
    }
}
