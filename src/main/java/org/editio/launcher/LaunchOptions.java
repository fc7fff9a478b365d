package org.editio.launcher;

import java.nio.file.Path;

/** What {@code ./editio serve} was asked for; every port and the data directory can be changed. */
record LaunchOptions(Path projectDir, Path dataDir, int servicePort, int existPort, int keycloakPort) {

    static final String USAGE = """
            Usage: ./editio serve [--port 8080] [--exist-port 8088] [--keycloak-port 8180] [--data DIR]
              Starts eXist-db, Keycloak and the Editio service, loads the editions in tei/ into an
              empty database, and stops what it started on Ctrl-C. Data survives in DIR (default ./data).""";

    static LaunchOptions parse(Path projectDir, String[] args) {
        Path data = projectDir.resolve("data");
        int service = 8080;
        int exist = 8088;
        int keycloak = 8180;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new LaunchException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new LaunchException("Missing value after " + arg + "\n" + USAGE);
            }
            String value = args[++i];
            switch (arg) {
                case "--port" -> service = port(arg, value);
                case "--exist-port" -> exist = port(arg, value);
                case "--keycloak-port" -> keycloak = port(arg, value);
                case "--data" -> data = Path.of(value).toAbsolutePath();
                default -> throw new LaunchException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        return new LaunchOptions(projectDir, data, service, exist, keycloak);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new LaunchException(option + " needs a port number between 1 and 65535, not '" + value + "'");
    }
}
