package org.editio.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Editio Quarkus service, run from the build's {@code target/quarkus-app}. */
final class ServiceServer {

    private final Path projectDir;
    private final Path stateDir;
    private final int port;
    private ChildProcess process;

    ServiceServer(Path projectDir, Path stateDir, int port) {
        this.projectDir = projectDir;
        this.stateDir = stateDir;
        this.port = port;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return stateDir.resolve("service.log");
    }

    ChildProcess process() {
        return process;
    }

    Duration start(ExistServer exist, KeycloakServer keycloak) {
        if (Probe.listening(port)) {
            throw new LaunchException("Port " + port + " is taken" + (Probe.status(url() + "/q/health/ready") >= 0
                    ? " (by an HTTP server; is Editio already running?)" : "") + ". Choose another with --port.");
        }
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new LaunchException("The service is not built: " + jar + " is missing; run mvn -DskipTests package");
        }
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "EDITIO_EXIST_URL", exist.url(),
                "EDITIO_EXIST_PASSWORD", exist.credentials().editioPassword(),
                "EDITIO_KEYCLOAK_URL", keycloak.url(),
                "EDITIO_SEED_DIRECTORY", projectDir.resolve("tei").toString());
        List<String> command = List.of(Java.binary(), "-Xmx512m", "-jar", jar.toString());
        process = ChildProcess.start("Editio service", command, projectDir, env, log(), stateDir.resolve("service.pid"));
        Duration ready = process.awaitReady(() -> Probe.status(url() + "/q/health/ready") == 200, Duration.ofSeconds(120));
        // Ready means the servers answer; the editions are loaded right after start-up.
        process.awaitReady(() -> {
            String editions = Probe.body(url() + "/api/editions");
            return editions != null && editions.contains("\"id\"");
        }, Duration.ofSeconds(60));
        return ready;
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }
}
