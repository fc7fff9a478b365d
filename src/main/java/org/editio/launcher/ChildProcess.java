package org.editio.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server JVM started by Editio. Its PID is written next to its log, so that a later run (or a
 * test that restarts a server) can find and stop it; its output goes to the log, not the console.
 */
public final class ChildProcess {

    private final String name;
    private final ProcessHandle handle;
    private final Process process;
    private final Path log;
    private final Instant started;

    private ChildProcess(String name, ProcessHandle handle, Process process, Path log, Instant started) {
        this.name = name;
        this.handle = handle;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    public static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
                                     Path log, Path pidFile) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ChildProcess(name, process.toHandle(), process, log, Instant.now());
        } catch (IOException e) {
            throw new LaunchException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The process recorded in a PID file, if it still runs. */
    public static Optional<ChildProcess> fromPidFile(String name, Path pidFile, Path log) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(h -> new ChildProcess(name, h, null, log, Instant.now()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public long pid() {
        return handle.pid();
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Blocks until the process ends; its exit code, or -1 when it was not started here. */
    public int awaitExit() {
        try {
            handle.onExit().join();
            return process != null ? process.exitValue() : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Waits until {@code ready} holds; fails with the log's location if the process dies or time runs out. */
    public Duration awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return Duration.between(started, Instant.now());
            }
            if (!handle.isAlive()) {
                throw new LaunchException(name + " exited during start-up; see " + log);
            }
            sleep(250);
        }
        stop(Duration.ofSeconds(10));
        throw new LaunchException(name + " was not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** Sends SIGTERM to the process and its children (a shell wrapper may sit on top), then waits. */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = handle.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        handle.destroy();
        if (!waitExit(handle, grace)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            waitExit(handle, Duration.ofSeconds(5));
        }
        tree.forEach(h -> waitExit(h, Duration.ofSeconds(5)));
    }

    /** SIGKILL, no grace: for tests that prove durability. */
    public void kill() {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        waitExit(handle, Duration.ofSeconds(10));
    }

    private static boolean waitExit(ProcessHandle h, Duration timeout) {
        try {
            h.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !h.isAlive();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for a server");
        }
    }
}
