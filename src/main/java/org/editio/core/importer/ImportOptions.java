package org.editio.core.importer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an import uses besides the transcription: a TEI header written by the editors, the person
 * register, the editors' reviewed corrections (without them, the importer's proposals stand) and
 * their decisions on quoted documents the layout alone does not reveal.
 */
public record ImportOptions(Optional<Path> header, Optional<Path> persons, Optional<Path> reviewedCorrections,
                            Optional<Path> quotations) {

    public static ImportOptions none() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The project's curation files beside a transcription in {@code tei/source/}, where they exist. */
    public static ImportOptions beside(Path transcription) {
        Path dir = transcription.toAbsolutePath().getParent();
        return new ImportOptions(existing(dir.resolve("header.xml")), existing(dir.resolve("persons.tsv")),
                existing(dir.resolve("corrections.tsv")), existing(dir.resolve("quotations.tsv")));
    }

    private static Optional<Path> existing(Path p) {
        return java.nio.file.Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
