package org.editio.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Importing TEI from elsewhere: the TEI P5 schema to check it against, and how much a zip may hold. */
@ConfigMapping(prefix = "editio.import")
public interface ImportConfig {

    /** TEI P5 tei_all as RELAX NG; when it is absent, only the project's rules are checked (and said so). */
    Optional<Path> teiAll();

    /** Documents in one zip. */
    @WithDefault("50")
    int maxZipEntries();
}
