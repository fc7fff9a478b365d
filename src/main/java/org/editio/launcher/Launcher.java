package org.editio.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./editio serve}: starts eXist-db, Keycloak and the service as child JVMs, reusing servers
 * already running on the configured ports, and stops what it started when it is interrupted.
 * Plain JDK code, so that it runs before (and without) the service's own class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
        }
        try {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            serve(LaunchOptions.parse(Path.of("").toAbsolutePath(), rest));
        } catch (LaunchException e) {
            System.err.println("editio: " + e.getMessage());
            System.exit(1);
        }
    }

    static void serve(LaunchOptions options) {
        Path project = options.projectDir();
        Path data = options.dataDir();
        ExistServer exist = new ExistServer(project.resolve("src/main/exist"), project.resolve("target/servers/exist"),
                data.resolve("exist"), options.existPort());
        KeycloakServer keycloak = new KeycloakServer(project.resolve("target/servers/keycloak-26.7.3"),
                project.resolve("src/main/keycloak/editio-realm.json"), data.resolve("keycloak"), options.keycloakPort());
        ServiceServer service = new ServiceServer(project, data, options.servicePort());

        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping what this launcher started ...");
            service.stop();
            if (keycloak.startedHere()) {
                keycloak.stop();
            }
            if (exist.startedHere()) {
                exist.stop();
            }
        }, "editio-shutdown"));

        report("eXist-db", exist.url(), exist.start(), exist.startedHere(), exist.log());
        report("Keycloak", keycloak.url(), keycloak.start(), keycloak.startedHere(), keycloak.log());
        report("Editio service", service.url(), service.start(exist, keycloak), true, service.log());
        printWelcome(service, keycloak, data);
        int exit = service.process().awaitExit();
        if (stopping.get()) {
            return;
        }
        System.err.println("editio: the service exited (" + exit + "); see " + service.log());
        System.exit(1);
    }

    private static void report(String name, String url, Duration took, boolean startedHere, Path log) {
        if (startedHere) {
            System.out.printf("%-15s started at %s in %.1f s (log: %s)%n", name, url, took.toMillis() / 1000.0, log);
        } else {
            System.out.printf("%-15s reused at %s%n", name, url);
        }
    }

    private static void printWelcome(ServiceServer service, KeycloakServer keycloak, Path data) {
        System.out.println("""

                Editio is running.
                  Editions (API)   %1$s/api/editions
                  Edition TEI      %1$s/api/editions/trotsky-stalin/tei
                  Reading edition  %1$s/api/editions/trotsky-stalin/html   Print edition %1$s/api/editions/trotsky-stalin/pdf
                  OpenAPI          %1$s/q/openapi   Swagger UI %1$s/q/swagger-ui
                  Readiness        %1$s/q/health/ready
                  Keycloak         %2$s/admin  (console user admin, password in %3$s)
                Demo accounts (DEMO ONLY: the password is the user name):
                  reader1 (reader), editor1 and editor2 (editor), reviewer1 (reviewer), admin1 (admin)
                Token for scripts:
                  curl -s -d grant_type=password -d client_id=editio-cli -d username=editor1 -d password=editor1 \\
                       %2$s/realms/editio/protocol/openid-connect/token
                Press Ctrl-C to stop.
                """.formatted(service.url(), keycloak.url(), data.resolve("keycloak/admin.properties")));
    }
}
