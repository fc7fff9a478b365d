package org.editio.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import net.sf.saxon.s9api.Processor;
import org.editio.core.render.HtmlRenderer;

/** The compiled stylesheets, once per service. */
@ApplicationScoped
public class RenderProducer {

    @Produces
    @ApplicationScoped
    HtmlRenderer htmlRenderer(Processor processor) {
        return new HtmlRenderer(processor);
    }
}
