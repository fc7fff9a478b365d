package org.editio.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.core.render.HtmlRenderer;
import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;

/** Everything another project needs to reuse an edition, in one zip: TEI, ODD and schemas, site, PDF. */
@ApplicationScoped
public class ExportService {

    @Inject
    EditionService editions;

    @Inject
    RenderService renders;

    /** The zip, and the revision it holds. */
    public Revised<byte[]> zip(String id, EditionStore.Text text) {
        StoredTei tei = editions.read(id, text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "README.txt", readme(id, tei.revision(), text).getBytes(StandardCharsets.UTF_8));
            put(zip, id + ".xml", tei.xml().getBytes(StandardCharsets.UTF_8));
            for (String schema : new String[] {"editio.odd", "editio.rng", "editio.sch"}) {
                put(zip, "schema/" + schema, resource("/schema/" + schema));
            }
            put(zip, "html/index.html", renders.sitePage(id, text, HtmlRenderer.View.READING).value());
            put(zip, "html/diplomatic.html", renders.sitePage(id, text, HtmlRenderer.View.DIPLOMATIC).value());
            for (String asset : HtmlRenderer.ASSETS) {
                put(zip, "html/assets/" + asset, HtmlRenderer.asset(asset));
            }
            put(zip, id + ".pdf", renders.pdf(id, text).value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Revised<>(tei.revision(), bytes.toByteArray());
    }

    private static String readme(String id, long revision, EditionStore.Text text) {
        return "Edition " + id + ", " + (text == EditionStore.Text.DRAFT ? "working draft" : "published text")
                + " at revision " + revision + ", exported by Editio.\n\n"
                + id + ".xml            the TEI P5 document, as stored\n"
                + "schema/editio.odd    the project's ODD (its encoding decisions and schema specification)\n"
                + "schema/editio.rng    the project's RELAX NG schema\n"
                + "schema/editio.sch    the project's Schematron rules\n"
                + "html/                the reading site (index.html, diplomatic.html), to publish as it is\n"
                + id + ".pdf            the print edition\n";
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ExportService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
