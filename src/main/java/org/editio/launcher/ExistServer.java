package org.editio.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * eXist-db 6.3.0 as a child JVM, from the jars the build put in {@code target/servers/exist/lib}
 * and the configuration in {@code src/main/exist}. One instance owns one state directory:
 * {@code db/} (eXist's files), {@code credentials.properties}, {@code exist.pid}, {@code exist.log}.
 */
public final class ExistServer {

    private static final String JETTY_CONFIG_JAR = "exist-jetty-config-";
    private static final String CONFIG_LIST = "editio.enabled-jetty-configs";

    private final Path configDir;
    private final Path runtimeDir;
    private final Path stateDir;
    private final int port;
    private ChildProcess process;
    private boolean reused;

    /**
     * @param configDir  the project's {@code src/main/exist}: conf.xml, the Jetty list, provision.xq
     * @param runtimeDir where the build put {@code lib/}; the Jetty layout is unpacked beside it
     * @param stateDir   data and credentials of this instance; survives restarts
     */
    public ExistServer(Path configDir, Path runtimeDir, Path stateDir, int port) {
        this.configDir = configDir.toAbsolutePath();
        this.runtimeDir = runtimeDir.toAbsolutePath();
        this.stateDir = stateDir.toAbsolutePath();
        this.port = port;
    }

    public String url() {
        return "http://localhost:" + port + "/exist";
    }

    public int port() {
        return port;
    }

    public Path stateDir() {
        return stateDir;
    }

    public Path log() {
        return stateDir.resolve("exist.log");
    }

    /** The passwords of this data directory; present once it has been provisioned. */
    public ExistCredentials credentials() {
        return ExistCredentials.load(credentialsFile())
                .orElseThrow(() -> new LaunchException("eXist-db data in " + stateDir + " has no credentials yet"));
    }

    /** True when this call started the process (false when a running one was reused). */
    public boolean startedHere() {
        return process != null && !reused;
    }

    /** Starts eXist-db, or reuses an instance of this state directory already listening on the port. */
    public Duration start() {
        if (Probe.listening(port)) {
            return reuse();
        }
        prepareRuntime();
        provisionIfFresh();
        String auth = credentials().editioBasicAuth();
        return launch(() -> Probe.status(url() + "/rest/db/editio", auth) == 200);
    }

    /**
     * Starts eXist-db as its stock Docker image does: empty admin password, no Editio account.
     * Only for testing the service's Docker bootstrap; never used by the launcher.
     */
    public Duration startUnprovisioned() {
        if (Files.exists(credentialsFile())) {
            throw new LaunchException(stateDir + " is provisioned already");
        }
        prepareRuntime();
        return launch(() -> Probe.status(url() + "/rest/db") == 200);
    }

    private Duration launch(java.util.function.BooleanSupplier ready) {
        process = ChildProcess.start("eXist-db", serverCommand(), stateDir, Map.of(), log(), pidFile());
        reused = false;
        return process.awaitReady(ready, Duration.ofSeconds(120));
    }

    public void stop() {
        currentProcess().ifPresent(p -> p.stop(Duration.ofSeconds(60)));
        process = null;
    }

    /** SIGKILL, for durability tests: the next start must recover from the journal. */
    public void kill() {
        currentProcess().ifPresent(ChildProcess::kill);
        process = null;
    }

    private Optional<ChildProcess> currentProcess() {
        if (process != null && process.isAlive()) {
            return Optional.of(process);
        }
        return ChildProcess.fromPidFile("eXist-db", pidFile(), log());
    }

    private Duration reuse() {
        Optional<ExistCredentials> credentials = ExistCredentials.load(credentialsFile());
        if (credentials.isPresent()
                && Probe.status(url() + "/rest/db/editio", credentials.get().editioBasicAuth()) == 200) {
            process = ChildProcess.fromPidFile("eXist-db", pidFile(), log()).orElse(null);
            reused = true;
            return Duration.ZERO;
        }
        throw new LaunchException("Port " + port + " is taken by something that is not the eXist-db of "
                + stateDir + ". Stop it, or choose another port with --exist-port.");
    }

    private Path credentialsFile() {
        return stateDir.resolve("credentials.properties");
    }

    private Path pidFile() {
        return stateDir.resolve("exist.pid");
    }

    private Path dataDir() {
        return stateDir.resolve("db");
    }

    private Path libDir() {
        return runtimeDir.resolve("lib");
    }

    private Path jettyHome() {
        return runtimeDir.resolve("jetty-config/org/exist/jetty");
    }

    private List<String> javaBase(String heap) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Java.binary());
        cmd.add(heap);
        cmd.add("-Dexist.home=" + runtimeDir);
        cmd.add("-Dexist.configurationFile=" + runtimeDir.resolve("conf.xml"));
        cmd.add("-Dorg.exist.db-connection.files=" + dataDir());
        cmd.add("-cp");
        cmd.add(libDir() + "/*");
        return cmd;
    }

    private List<String> serverCommand() {
        List<String> cmd = javaBase("-Xmx512m");
        cmd.addAll(cmd.size() - 2, List.of(
                "-Djetty.home=" + jettyHome(),
                "-Djetty.http.host=127.0.0.1",
                "-Djetty.http.port=" + port,
                "-Dlog4j2.level=INFO"));
        cmd.add("org.exist.jetty.JettyStart");
        cmd.add(jettyHome().resolve("etc").resolve(CONFIG_LIST).toString());
        cmd.add(runtimeDir.resolve("conf.xml").toString());
        return cmd;
    }

    /** Unpacks the Jetty layout once and refreshes Editio's configuration files on every start. */
    void prepareRuntime() {
        if (!Files.isDirectory(libDir())) {
            throw new LaunchException("eXist-db jars are missing in " + libDir()
                    + "; build first (mvn -DskipTests package) so that Maven downloads them");
        }
        try {
            if (!Files.isDirectory(jettyHome())) {
                unzip(jettyConfigJar(), runtimeDir.resolve("jetty-config"));
            }
            Files.copy(configDir.resolve("conf.xml"), runtimeDir.resolve("conf.xml"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(configDir.resolve(CONFIG_LIST), jettyHome().resolve("etc").resolve(CONFIG_LIST),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dataDir());
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare eXist-db in " + runtimeDir + ": " + e.getMessage(), e);
        }
    }

    /** Sets the admin password and creates Editio's account before the server is ever reachable. */
    private void provisionIfFresh() {
        if (Files.exists(credentialsFile())) {
            return;
        }
        if (hasData()) {
            throw new LaunchException("eXist-db data in " + dataDir() + " has no credentials file; "
                    + "delete " + stateDir + " to start afresh");
        }
        ExistCredentials credentials = ExistCredentials.generate();
        Path argFile = stateDir.resolve("provision.args");
        Path output = stateDir.resolve("provision.out");
        try {
            // An @argfile keeps the passwords out of the process list.
            Secrets.writePrivate(argFile, "-Deditio.provision.admin-password=" + credentials.adminPassword()
                    + "\n-Deditio.provision.editio-password=" + credentials.editioPassword() + "\n");
            List<String> cmd = javaBase("-Xmx256m");
            cmd.add(1, "@" + argFile);
            cmd.add(2, "-Dlog4j2.level=WARN");
            cmd.addAll(List.of("org.exist.client.InteractiveClient", "-s", "-l", "-q", "-u", "admin", "-P", "",
                    "-F", configDir.resolve("provision.xq").toString()));
            // The client prints its log and the query result to standard output, mixed.
            Process p = new ProcessBuilder(cmd).directory(stateDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            int exit = p.waitFor();
            String result = Files.readString(output);
            Files.writeString(log(), result, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (exit != 0 || !result.contains("<provisioned ")) {
                throw new LaunchException("Provisioning eXist-db failed (exit " + exit + "); see " + log());
            }
            credentials.save(credentialsFile());
        } catch (IOException e) {
            throw new LaunchException("Cannot provision eXist-db: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while provisioning eXist-db");
        } finally {
            deleteQuietly(argFile);
            deleteQuietly(output);
        }
    }

    private boolean hasData() {
        try (Stream<Path> files = Files.list(dataDir())) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".dbx"));
        } catch (IOException e) {
            return false;
        }
    }

    private Path jettyConfigJar() throws IOException {
        try (Stream<Path> jars = Files.list(libDir())) {
            return jars.filter(j -> j.getFileName().toString().startsWith(JETTY_CONFIG_JAR)).findFirst()
                    .orElseThrow(() -> new LaunchException("No " + JETTY_CONFIG_JAR + "*.jar in " + libDir()));
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = tmp.resolve(entry.getName()).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("Entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                }
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: the file holds nothing once provisioning is over.
        }
    }
}
