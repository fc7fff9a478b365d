package org.editio.launcher;

import java.nio.file.Path;

/** The java executable for child JVMs: the one running this launcher, so all share one JDK. */
final class Java {

    private Java() {
    }

    static String binary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static String home() {
        return System.getProperty("java.home");
    }
}
