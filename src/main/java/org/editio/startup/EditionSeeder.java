package org.editio.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.config.SeedConfig;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.TeiHeaderInfo;
import org.editio.exist.EditionStore;
import org.editio.service.EditionIds;
import org.jboss.logging.Logger;

/**
 * Loads the editions under the seed directory (the project's {@code tei/}) into an eXist-db that
 * lacks them. If eXist-db is not up yet, it tries again until it is, without delaying start-up.
 */
@ApplicationScoped
public class EditionSeeder {

    private static final Logger LOG = Logger.getLogger(EditionSeeder.class);
    static final String SEED_USER = "editio-seed";

    @Inject
    SeedConfig config;

    @Inject
    EditionStore store;

    @Inject
    HardenedXmlParser parser;

    @Inject
    Processor processor;

    @Inject
    ExistBootstrap bootstrap;

    private final AtomicBoolean done = new AtomicBoolean();

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || config.directory().isEmpty()) {
            done.set(true);
            return;
        }
        trySeed();
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        if (!done.get()) {
            trySeed();
        }
    }

    public boolean isDone() {
        return done.get();
    }

    private void trySeed() {
        try {
            seed(config.directory().orElseThrow());
            done.set(true);
        } catch (RuntimeException e) {
            LOG.warnf("Editions not loaded yet (%s); will try again", e.getMessage());
        }
    }

    void seed(Path directory) {
        bootstrap.bootstrapIfNeeded();
        store.ensureLayout();
        TeiHeaderInfo header = new TeiHeaderInfo(processor);
        for (Path file : teiFiles(directory)) {
            String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
            if (!EditionIds.isValid(id)) {
                LOG.warnf("Skipping %s: '%s' is not a valid edition id", file, id);
                continue;
            }
            XdmNode tei = parser.parseTei(read(file));
            if (store.create(id, header.title(tei), tei, SEED_USER, Instant.now())) {
                LOG.infof("Loaded edition '%s' from %s", id, file);
            }
        }
    }

    private static List<Path> teiFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            LOG.warnf("Seed directory %s does not exist; no edition loaded", directory);
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + directory, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
