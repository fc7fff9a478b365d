package org.editio.service;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.core.render.HtmlRenderer;
import org.editio.core.render.PdfRenderer;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;

/** Rendered editions, made once per revision and kept for the most recently used ones. */
@ApplicationScoped
public class RenderService {

    static final HtmlRenderer.Links SERVED = new HtmlRenderer.Links("/assets/", "?view=reading", "?view=diplomatic");

    @Inject
    EditionService editions;

    @Inject
    HardenedXmlParser parser;

    @Inject
    HtmlRenderer renderer;

    @Inject
    PdfRenderer pdfRenderer;

    private RevisionCache<byte[]> pages;
    private RevisionCache<byte[]> books;
    /** FOP keeps a whole page sequence in memory: one book at a time per JVM bounds that. */
    private final Object fop = new Object();

    @PostConstruct
    void caches() {
        pages = new RevisionCache<>(editions, 32);
        books = new RevisionCache<>(editions, 4);
    }

    public long revision(String id, EditionStore.Text text) {
        return editions.revision(id, text);
    }

    public Revised<byte[]> html(String id, EditionStore.Text text, HtmlRenderer.View view) {
        return pages.get(id, text, view.name(), tei -> renderer.render(parse(tei), view, SERVED));
    }

    /** The reading and diplomatic pages with relative links, as in the static site ({@code index.html}, …). */
    public Revised<byte[]> sitePage(String id, EditionStore.Text text, HtmlRenderer.View view) {
        return pages.get(id, text, "site-" + view.name(),
                tei -> renderer.render(parse(tei), view, HtmlRenderer.Links.STATIC_SITE));
    }

    public Revised<byte[]> pdf(String id, EditionStore.Text text) {
        return books.get(id, text, "pdf", tei -> {
            synchronized (fop) {
                return pdfRenderer.render(parse(tei));
            }
        });
    }

    private net.sf.saxon.s9api.XdmNode parse(StoredTei tei) {
        return parser.parseTei(tei.xml().getBytes(StandardCharsets.UTF_8));
    }
}
