package org.editio.core.render;

import java.net.URISyntaxException;
import java.net.URL;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/** Compiles the edition's stylesheets from the class path ({@code xslt/} in the project), once. */
public final class Stylesheets {

    private Stylesheets() {
    }

    public static XsltExecutable compile(Processor processor, String path) {
        URL url = Stylesheets.class.getClassLoader().getResource("xslt/" + path);
        if (url == null) {
            throw new IllegalStateException("Stylesheet xslt/" + path + " is not on the class path");
        }
        XsltCompiler compiler = processor.newXsltCompiler();
        try {
            return compiler.compile(new StreamSource(url.openStream(), url.toURI().toString()));
        } catch (SaxonApiException | java.io.IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot compile xslt/" + path + ": " + e.getMessage(), e);
        }
    }

    static byte[] resource(String path) {
        try (var in = Stylesheets.class.getClassLoader().getResourceAsStream("xslt/" + path)) {
            if (in == null) {
                throw new IllegalStateException("xslt/" + path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
