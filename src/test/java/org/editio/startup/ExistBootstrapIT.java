package org.editio.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.editio.config.ExistConfig;
import org.editio.launcher.ExistServer;
import org.editio.launcher.Probe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Docker-only bootstrap, against a real eXist-db started like the stock image (empty admin password). */
class ExistBootstrapIT {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final int PORT = Integer.getInteger("editio.it.bootstrap-exist-port", 18089);
    static ExistServer exist;

    @BeforeAll
    static void startStockLikeExist() {
        Path state = PROJECT.resolve("target/it-state/exist-bootstrap");
        exist = new ExistServer(PROJECT.resolve("src/main/exist"),
                Path.of(System.getProperty("editio.servers.dir", "target/servers")).resolve("exist"), state, PORT);
        exist.stop();
        org.editio.testing.FileTrees.delete(state);
        exist.startUnprovisioned();
    }

    @AfterAll
    static void stop() {
        exist.stop();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static ExistBootstrap bootstrap(Optional<String> adminPassword) {
        ExistBootstrap b = new ExistBootstrap();
        b.config = new ExistConfig() {
            public URI url() { return URI.create(exist.url()); }
            public String user() { return "editio"; }
            public String password() { return "editio-password-for-the-test"; }
            public String root() { return "/db/editio"; }
            public Optional<String> bootstrapAdminPassword() { return adminPassword; }
            public Duration timeout() { return Duration.ofSeconds(5); }
        };
        return b;
    }

    @Test
    void setsTheAdminPasswordOnceAndCreatesEditiosAccount() {
        assertFalse(bootstrap(Optional.empty()).bootstrapIfNeeded(), "off unless configured");
        assertEquals(200, Probe.status(exist.url() + "/rest/db", basic("admin", "")), "stock state: empty admin password");

        assertTrue(bootstrap(Optional.of("admin-password-for-the-test")).bootstrapIfNeeded());

        assertEquals(401, Probe.status(exist.url() + "/rest/db", basic("admin", "")), "the empty password is gone");
        assertEquals(401, Probe.status(exist.url() + "/rest/db/editio"), "anonymous callers cannot read Editio's data");
        assertEquals(200, Probe.status(exist.url() + "/rest/db/editio", basic("editio", "editio-password-for-the-test")));
        assertFalse(bootstrap(Optional.of("admin-password-for-the-test")).bootstrapIfNeeded(), "runs only once");
    }
}
