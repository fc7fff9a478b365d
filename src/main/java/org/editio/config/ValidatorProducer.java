package org.editio.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import net.sf.saxon.s9api.Processor;
import org.editio.core.tei.XmlLimits;
import org.editio.core.validate.TeiValidator;

/** The project's schema and Schematron (from {@code tei/schema}, carried on the class path), compiled once. */
@ApplicationScoped
public class ValidatorProducer {

    @Produces
    @ApplicationScoped
    TeiValidator validator(Processor processor, XmlConfig config) {
        Path dir = extract("editio.rng", "editio.sch");
        return new TeiValidator(processor, new XmlLimits(config.maxBytes(), config.maxDepth()),
                dir.resolve("editio.rng"), dir.resolve("editio.sch"));
    }

    /** Jing and SchXslt read schemas from files; in a packaged service they sit inside a jar. */
    private static Path extract(String... names) {
        try {
            Path dir = Files.createTempDirectory("editio-schema");
            dir.toFile().deleteOnExit();
            for (String name : names) {
                try (InputStream in = ValidatorProducer.class.getClassLoader().getResourceAsStream("schema/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("schema/" + name + " is not on the class path");
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                dir.resolve(name).toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the project schema: " + e.getMessage(), e);
        }
    }
}
