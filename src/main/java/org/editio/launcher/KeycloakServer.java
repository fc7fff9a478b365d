package org.editio.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Keycloak 26 from its distribution zip (unpacked by the build), in dev mode with the realm
 * imported from {@code src/main/keycloak}. Its H2 database lives in this instance's state
 * directory, so that the test suite and a running platform never share one.
 */
public final class KeycloakServer {

    public static final String REALM = "editio";

    private final Path home;
    private final Path realmFile;
    private final Path stateDir;
    private final int port;
    private ChildProcess process;
    private boolean reused;

    /**
     * @param home      the unpacked {@code keycloak-26.x} directory
     * @param realmFile the realm JSON to import on first start
     * @param stateDir  database, transaction log, admin password, PID and log of this instance
     */
    public KeycloakServer(Path home, Path realmFile, Path stateDir, int port) {
        this.home = home.toAbsolutePath();
        this.realmFile = realmFile.toAbsolutePath();
        this.stateDir = stateDir.toAbsolutePath();
        this.port = port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return stateDir.resolve("keycloak.log");
    }

    public boolean startedHere() {
        return process != null && !reused;
    }

    public Duration start() {
        if (Probe.listening(port)) {
            if (realmAnswers()) {
                reused = true;
                process = ChildProcess.fromPidFile("Keycloak", pidFile(), log()).orElse(null);
                return Duration.ZERO;
            }
            throw new LaunchException("Port " + port + " is taken by something that is not Keycloak with the realm '"
                    + REALM + "'. Stop it, or choose another port with --keycloak-port.");
        }
        Path kcScript = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcScript)) {
            throw new LaunchException("Keycloak is missing in " + home
                    + "; build first (mvn -DskipTests package) so that Maven downloads it");
        }
        prepare();
        List<String> command = List.of(kcScript.toString(), "start-dev",
                "--http-port=" + port,
                "--http-host=127.0.0.1",
                // Tokens must name one issuer however the server is addressed (localhost or 127.0.0.1).
                "--hostname=" + url(),
                "--import-realm",
                // Runtime options only: build-time ones would rebuild the shared installation.
                "-Dkc.db-url-path=" + stateDir,
                "-Dquarkus.transaction-manager.object-store.directory=" + stateDir.resolve("tx"));
        Map<String, String> env = Map.of(
                "JAVA_HOME", Java.home(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
        process = ChildProcess.start("Keycloak", command, home, env, log(), pidFile());
        reused = false;
        // The first start builds the installation once (about 30 s on two cores).
        return process.awaitReady(this::realmAnswers, Duration.ofSeconds(240));
    }

    public void stop() {
        Optional.ofNullable(process).filter(ChildProcess::isAlive)
                .or(() -> ChildProcess.fromPidFile("Keycloak", pidFile(), log()))
                .ifPresent(p -> p.stop(Duration.ofSeconds(30)));
        process = null;
    }

    /** The password of Keycloak's own administrator (console at /admin), generated for this state directory. */
    public String adminPassword() {
        Path file = stateDir.resolve("admin.properties");
        Properties p = new Properties();
        try {
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file)) {
                    p.load(in);
                }
                return p.getProperty("password");
            }
            String password = Secrets.randomPassword();
            Secrets.writePrivate(file, "# Keycloak console administrator 'admin' of this state directory\npassword="
                    + password + "\n");
            return password;
        } catch (IOException e) {
            throw new LaunchException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean realmAnswers() {
        return Probe.status(realmUrl() + "/.well-known/openid-configuration") == 200;
    }

    private Path pidFile() {
        return stateDir.resolve("keycloak.pid");
    }

    private void prepare() {
        try {
            Files.createDirectories(stateDir);
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare Keycloak in " + home + ": " + e.getMessage(), e);
        }
    }
}
