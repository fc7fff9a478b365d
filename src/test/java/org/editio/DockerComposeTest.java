package org.editio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked against the service's configuration instead. */
class DockerComposeTest {

    static Map<String, Object> compose;
    static Properties app = new Properties();

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) throws IOException {
        if (compose == null) {
            try (Reader in = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
                compose = new Yaml().load(in);
            }
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
                app.load(in);
            }
        }
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    static List<String> ports(String name) throws IOException {
        return (List<String>) service(name).get("ports");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> env(String name) throws IOException {
        return (Map<String, String>) service(name).get("environment");
    }

    static int port(String url) {
        return java.net.URI.create(url).getPort();
    }

    @Test
    void imagesAreThePinnedVersions() throws IOException {
        assertEquals("existdb/existdb:6.3.0", service("exist").get("image"));
        assertEquals("quay.io/keycloak/keycloak:26.7.3", service("keycloak").get("image"));
        assertEquals("src/main/docker/Dockerfile.jvm", ((Map<?, ?>) service("editio").get("build")).get("dockerfile"));
        assertTrue(Files.exists(Path.of("src/main/docker/Dockerfile.jvm")));
    }

    @Test
    void publishedPortsAreTheConfiguredOnes() throws IOException {
        assertEquals(app.getProperty("quarkus.http.port") + ":8080", ports("editio").get(0));
        assertEquals(port(app.getProperty("editio.exist.url")) + ":8080", ports("exist").get(0));
        int keycloakPort = port(app.getProperty("editio.keycloak.url"));
        assertEquals(keycloakPort + ":" + keycloakPort, ports("keycloak").get(0));
        assertTrue(((List<?>) service("keycloak").get("command")).contains("--http-port=" + keycloakPort));
    }

    @Test
    void serviceEnvironmentPointsAtTheOtherContainers() throws IOException {
        Map<String, String> env = env("editio");
        assertEquals("http://exist:8080" + java.net.URI.create(app.getProperty("editio.exist.url")).getPath(),
                env.get("EDITIO_EXIST_URL"));
        assertEquals(app.getProperty("editio.exist.user"), env.get("EDITIO_EXIST_USER"));
        int keycloakPort = port(app.getProperty("editio.keycloak.url"));
        assertEquals("http://keycloak:" + keycloakPort, env.get("EDITIO_KEYCLOAK_URL"));
        String issuer = app.getProperty("quarkus.oidc.auth-server-url")
                .replace("${editio.keycloak.url}", app.getProperty("editio.keycloak.url"));
        assertEquals(issuer, env.get("QUARKUS_OIDC_TOKEN_ISSUER"));
        assertEquals("http://localhost:" + keycloakPort, env("keycloak").get("KC_HOSTNAME"));
    }

    @Test
    void realmIsImportedFromTheCommittedFile() throws IOException {
        List<?> volumes = (List<?>) service("keycloak").get("volumes");
        assertTrue(volumes.contains("./src/main/keycloak/editio-realm.json:/opt/keycloak/data/import/editio-realm.json:ro"));
        assertTrue(Files.exists(Path.of("src/main/keycloak/editio-realm.json")));
    }
}
