package org.editio.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.config.ImportConfig;
import org.editio.config.XmlConfig;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.Slugs;
import org.editio.core.tei.TeiHeaderInfo;
import org.editio.core.tei.XmlRejectedException;
import org.editio.core.validate.RelaxNgValidator;
import org.editio.core.validate.TeiValidator;
import org.editio.core.validate.ValidationMessage;
import org.editio.edit.Editor;
import org.editio.exist.EditionStore;
import org.jboss.logging.Logger;

/**
 * TEI from other projects becomes editions: each document is parsed (hardened), checked against TEI
 * P5 tei_all and against the project's rules, and stored only if every document of the upload is TEI
 * P5. Valid TEI outside the project's conventions is stored and flagged.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    HardenedXmlParser parser;

    @Inject
    TeiValidator validator;

    @Inject
    EditionStore store;

    @Inject
    ImportConfig config;

    @Inject
    XmlConfig xml;

    @Inject
    Processor processor;

    Clock clock = Clock.systemUTC();

    private volatile RelaxNgValidator teiAll;
    private volatile boolean teiAllLooked;

    private record Upload(String name, String id, byte[] bytes) {
    }

    private record Checked(Upload upload, XdmNode tree, ImportReport report) {
    }

    /**
     * @param zip         true for a zip of documents (each .xml entry one edition, named after the file)
     * @param requestedId the edition's id for a single document; derived from its title when absent
     */
    public List<ImportReport> importDocuments(byte[] body, boolean zip, String requestedId, Editor admin) {
        if (requestedId != null && !requestedId.isBlank() && !EditionIds.isValid(requestedId)) {
            throw new BadRequestException("id must be lower-case letters, digits and hyphens (at most 64)");
        }
        List<Upload> uploads = zip ? unzip(body) : List.of(new Upload("upload.xml", blankToNull(requestedId), body));
        List<Checked> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            checked.add(check(upload));
        }
        if (checked.stream().anyMatch(c -> c.tree() == null || Boolean.FALSE.equals(c.report().teiAllValid()))) {
            throw new ImportRefusedException("Not every document is TEI P5; nothing was stored",
                    checked.stream().map(Checked::report).toList());
        }
        Set<String> ids = new HashSet<>();
        List<Checked> named = new ArrayList<>();
        TeiHeaderInfo header = new TeiHeaderInfo(processor);
        for (Checked c : checked) {
            String id = c.upload().id() != null ? c.upload().id() : slug(header.title(c.tree()));
            if (!ids.add(id) || store.meta(id).isPresent()) {
                throw new EditionExistsException(id);
            }
            named.add(new Checked(new Upload(c.upload().name(), id, c.upload().bytes()), c.tree(), c.report()));
        }
        List<ImportReport> reports = new ArrayList<>();
        for (Checked c : named) {
            String id = c.upload().id();
            if (!store.create(id, header.title(c.tree()), c.tree(), admin.user(), Instant.now(clock), !c.report().projectValid())) {
                throw new EditionExistsException(id);
            }
            ImportReport r = c.report();
            reports.add(new ImportReport(r.document(), id, true, r.teiAllValid(), r.projectValid(), r.messages()));
        }
        return reports;
    }

    private Checked check(Upload upload) {
        XdmNode tree;
        try {
            tree = parser.parseTei(upload.bytes());
        } catch (XmlRejectedException e) {
            // Malformed, hostile or too large: refused as any upload is (400, 413); not TEI: in the report.
            if (e.reason() != XmlRejectedException.Reason.NOT_TEI) {
                throw e;
            }
            return new Checked(upload, null, new ImportReport(upload.name(), null, false, false, false,
                    List.of(upload.name() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage())));
        }
        List<String> messages = new ArrayList<>();
        Boolean teiAllValid = null;
        RelaxNgValidator p5 = teiAll();
        if (p5 == null) {
            messages.add(upload.name() + ": warning: TEI P5 (tei_all) is not configured here; only the project's rules were checked");
        } else {
            List<ValidationMessage> found = p5.validate(tree, upload.name());
            teiAllValid = TeiValidator.isValid(found);
            found.forEach(m -> messages.add("[tei_all] " + m.format()));
        }
        List<ValidationMessage> project = validator.validate(upload.bytes(), upload.name());
        project.forEach(m -> messages.add("[project] " + m.format()));
        return new Checked(upload, tree, new ImportReport(upload.name(), null, false, teiAllValid,
                TeiValidator.isValid(project), messages));
    }

    private RelaxNgValidator teiAll() {
        if (!teiAllLooked) {
            synchronized (this) {
                if (!teiAllLooked) {
                    Path schema = config.teiAll().orElse(null);
                    if (schema != null && Files.isReadable(schema)) {
                        teiAll = new RelaxNgValidator(schema);
                    } else {
                        LOG.warnf("TEI P5 tei_all not found (%s): imports are checked against the project's rules only", schema);
                    }
                    teiAllLooked = true;
                }
            }
        }
        return teiAll;
    }

    /** The .xml entries of a zip, each read with the upload size limit: a zip bomb stops at the limit. */
    private List<Upload> unzip(byte[] body) {
        List<Upload> uploads = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".xml") || name.contains("__MACOSX")) {
                    continue;
                }
                if (uploads.size() == config.maxZipEntries()) {
                    throw new BadRequestException("A zip may hold at most " + config.maxZipEntries() + " documents");
                }
                String file = name.substring(name.lastIndexOf('/') + 1);
                uploads.add(new Upload(file, slug(file.substring(0, file.length() - 4)), readCapped(zip, file)));
            }
        } catch (IOException e) {
            throw new BadRequestException("Not a readable zip: " + e.getMessage());
        }
        if (uploads.isEmpty()) {
            throw new BadRequestException("The zip holds no .xml document");
        }
        return uploads;
    }

    private byte[] readCapped(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > xml.maxBytes()) {
                throw new XmlRejectedException(XmlRejectedException.Reason.TOO_LARGE,
                        name + " is larger than " + xml.maxBytes() + " bytes unpacked", 0, 0);
            }
        }
        return out.toByteArray();
    }

    static String slug(String title) {
        String slug = Slugs.of(title);
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "edition" : slug;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
