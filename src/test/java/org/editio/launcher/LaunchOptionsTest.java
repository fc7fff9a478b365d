package org.editio.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    final Path project = Path.of("/p");

    @Test
    void defaultsAreTheDocumentedPorts() {
        LaunchOptions o = LaunchOptions.parse(project, new String[0]);
        assertEquals(8080, o.servicePort());
        assertEquals(8088, o.existPort());
        assertEquals(8180, o.keycloakPort());
        assertEquals(Path.of("/p/data"), o.dataDir());
    }

    @Test
    void everyPortCanBeChanged() {
        LaunchOptions o = LaunchOptions.parse(project,
                new String[] {"--port", "9080", "--exist-port", "9088", "--keycloak-port", "9180", "--data", "/d"});
        assertEquals(9080, o.servicePort());
        assertEquals(9088, o.existPort());
        assertEquals(9180, o.keycloakPort());
        assertEquals(Path.of("/d"), o.dataDir());
    }

    @Test
    void badInputIsExplained() {
        var e = assertThrows(LaunchException.class, () -> LaunchOptions.parse(project, new String[] {"--port", "x"}));
        assertTrue(e.getMessage().contains("--port needs a port number"));
        assertThrows(LaunchException.class, () -> LaunchOptions.parse(project, new String[] {"--port"}));
        assertThrows(LaunchException.class, () -> LaunchOptions.parse(project, new String[] {"--nope", "1"}));
    }

    @Test
    void aTakenPortIsReportedNotReused() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            ExistServer exist = new ExistServer(Path.of("src/main/exist"), Path.of("target/none"),
                    Path.of("target/none-state"), socket.getLocalPort());
            var e = assertThrows(LaunchException.class, exist::start);
            assertTrue(e.getMessage().contains("is taken by something that is not the eXist-db"), e.getMessage());
        }
    }
}
