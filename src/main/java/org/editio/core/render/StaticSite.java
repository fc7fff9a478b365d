package org.editio.core.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.saxon.s9api.XdmNode;

/** Writes the reading site as static files that can be published as they are: no server needed. */
public final class StaticSite {

    private final HtmlRenderer renderer;

    public StaticSite(HtmlRenderer renderer) {
        this.renderer = renderer;
    }

    /** Writes {@code index.html} (reading view), {@code diplomatic.html} and {@code assets/}. */
    public void write(XdmNode tei, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("assets"));
        Files.write(dir.resolve("index.html"), renderer.render(tei, HtmlRenderer.View.READING, HtmlRenderer.Links.STATIC_SITE));
        Files.write(dir.resolve("diplomatic.html"), renderer.render(tei, HtmlRenderer.View.DIPLOMATIC, HtmlRenderer.Links.STATIC_SITE));
        for (String asset : HtmlRenderer.ASSETS) {
            Files.write(dir.resolve("assets").resolve(asset), HtmlRenderer.asset(asset));
        }
    }
}
