package org.editio.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import net.sf.saxon.s9api.Processor;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;

/** Exposes the plain-Java core objects as beans, configured from {@link XmlConfig}. */
@ApplicationScoped
public class ParserProducer {

    @Produces
    @ApplicationScoped
    Processor processor() {
        return new Processor(false);
    }

    @Produces
    @ApplicationScoped
    HardenedXmlParser parser(Processor processor, XmlConfig config) {
        return new HardenedXmlParser(processor, new XmlLimits(config.maxBytes(), config.maxDepth()));
    }
}
