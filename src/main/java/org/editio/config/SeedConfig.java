package org.editio.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Editions loaded into an empty database at start-up, one per {@code *.xml} file of a directory. */
@ConfigMapping(prefix = "editio.seed")
public interface SeedConfig {

    @WithDefault("true")
    boolean enabled();

    /** Directory of TEI files; the file name without {@code .xml} becomes the edition id. */
    Optional<Path> directory();
}
