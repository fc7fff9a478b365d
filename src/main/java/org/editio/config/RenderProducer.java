package org.editio.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import net.sf.saxon.s9api.Processor;
import org.editio.core.render.HtmlRenderer;
import org.editio.core.render.PdfRenderer;

/** The compiled stylesheets, once per service. */
@ApplicationScoped
public class RenderProducer {

    @Produces
    @ApplicationScoped
    HtmlRenderer htmlRenderer(Processor processor) {
        return new HtmlRenderer(processor);
    }

    @Produces
    @ApplicationScoped
    PdfRenderer pdfRenderer(Processor processor) {
        return new PdfRenderer(processor);
    }
}
