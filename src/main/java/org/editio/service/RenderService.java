package org.editio.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.core.render.HtmlRenderer;
import org.editio.core.render.PdfRenderer;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;

/**
 * Rendered editions, cached per revision: a revision never changes, so its pages are made once.
 * The cache keeps the most recently used pages only.
 */
@ApplicationScoped
public class RenderService {

    private static final int CACHED_PAGES = 32;
    static final HtmlRenderer.Links SERVED = new HtmlRenderer.Links("/assets/", "?view=reading", "?view=diplomatic");

    @Inject
    EditionService editions;

    @Inject
    HardenedXmlParser parser;

    @Inject
    HtmlRenderer renderer;

    @Inject
    PdfRenderer pdfRenderer;

    /** Books are large and slow to make: the latest few, one at a time per JVM to bound FOP's memory. */
    private final Map<String, byte[]> books = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 4;
        }
    };

    private final Map<String, String> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    /** A rendered book and the revision it shows. */
    public record Book(long revision, byte[] pdf) {
    }

    public Book pdf(String id, EditionStore.Text text) {
        StoredTei tei = editions.read(id, text);
        String key = id + "@" + tei.revision() + "/" + text;
        synchronized (books) {
            byte[] pdf = books.get(key);
            if (pdf == null) {
                pdf = pdfRenderer.render(parser.parseTei(tei.xml().getBytes(StandardCharsets.UTF_8)));
                books.put(key, pdf);
            }
            return new Book(tei.revision(), pdf);
        }
    }

    /** A rendered page and the revision it shows. */
    public record Page(long revision, String html) {
    }

    public long revision(String id, EditionStore.Text text) {
        return editions.revision(id, text);
    }

    public Page html(String id, EditionStore.Text text, HtmlRenderer.View view) {
        StoredTei tei = editions.read(id, text);
        String key = id + "@" + tei.revision() + "/" + text + "/" + view;
        String cached;
        synchronized (pages) {
            cached = pages.get(key);
        }
        if (cached == null) {
            cached = renderer.render(parser.parseTei(tei.xml().getBytes(StandardCharsets.UTF_8)), view, SERVED);
            synchronized (pages) {
                pages.put(key, cached);
            }
        }
        return new Page(tei.revision(), cached);
    }
}
