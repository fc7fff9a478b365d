package org.editio.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import net.sf.saxon.s9api.Processor;
import org.editio.edit.DraftPatcher;
import org.editio.edit.RevisionRebuilder;
import org.editio.edit.SemanticEdits;

/** The stylesheets of editing (xslt/edit), compiled once per service. */
@ApplicationScoped
public class EditProducer {

    @Produces
    @ApplicationScoped
    DraftPatcher draftPatcher(Processor processor) {
        return new DraftPatcher(processor);
    }

    @Produces
    @ApplicationScoped
    RevisionRebuilder revisionRebuilder(Processor processor) {
        return new RevisionRebuilder(processor);
    }

    @Produces
    @ApplicationScoped
    SemanticEdits semanticEdits(Processor processor) {
        return new SemanticEdits(processor);
    }
}
