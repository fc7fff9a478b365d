package org.editio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.editio.launcher.ExistServer;
import org.editio.launcher.KeycloakServer;

/**
 * Starts a real eXist-db and a real Keycloak for the integration tests, with the launcher's own
 * code, on test ports and in {@code target/it-state}. eXist-db starts from an empty database on
 * every run; Keycloak keeps its database until the realm file changes, to save its import time.
 */
public class RealServers implements QuarkusTestResourceLifecycleManager {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SERVERS = Path.of(System.getProperty("editio.servers.dir", "target/servers")).toAbsolutePath();
    static final Path STATE = PROJECT.resolve("target/it-state");
    static final Path REALM = PROJECT.resolve("src/main/keycloak/editio-realm.json");

    private KeycloakServer keycloak;

    /** The test eXist-db; a fresh object that finds the running process by its PID file. */
    public static ExistServer exist() {
        return new ExistServer(PROJECT.resolve("src/main/exist"), SERVERS.resolve("exist"), STATE.resolve("exist"),
                Integer.getInteger("editio.it.exist-port", 18088));
    }

    public static KeycloakServer keycloak() {
        return new KeycloakServer(SERVERS.resolve("keycloak-26.7.3"), REALM, STATE.resolve("keycloak"),
                Integer.getInteger("editio.it.keycloak-port", 18180));
    }

    @Override
    public Map<String, String> start() {
        ExistServer exist = exist();
        exist.stop();
        FileTrees.delete(exist.stateDir());
        exist.start();

        keycloak = keycloak();
        forgetKeycloakIfRealmChanged();
        keycloak.start();

        return Map.of(
                "editio.exist.url", exist.url(),
                "editio.exist.password", exist.credentials().editioPassword(),
                "editio.keycloak.url", keycloak.url(),
                "editio.seed.directory", PROJECT.resolve("tei").toString());
    }

    @Override
    public void stop() {
        exist().stop();
        if (keycloak != null && keycloak.startedHere()) {
            keycloak.stop();
        }
    }

    private void forgetKeycloakIfRealmChanged() {
        Path state = STATE.resolve("keycloak");
        Path imported = state.resolve("imported-realm.json");
        try {
            if (Files.exists(imported) && Files.mismatch(imported, REALM) == -1) {
                return;
            }
            keycloak.stop();
            FileTrees.delete(state);
            Files.createDirectories(state);
            Files.copy(REALM, imported);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
