package org.editio.exist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The XQuery texts, kept as resources under {@code xquery/} so they read as XQuery, not as Java strings. */
public enum XQueries {
    LIST_EDITIONS("list-editions.xq"),
    READ_EDITION("read-edition.xq"),
    CREATE_EDITION("create-edition.xq"),
    REPLACE_DRAFT("replace-draft.xq"),
    READ_FRAGMENT("read-fragment.xq"),
    REPLACE_FRAGMENT("replace-fragment.xq"),
    LIST_CHANGES("list-changes.xq"),
    SYNC_EDITION("sync-edition.xq"),
    ENSURE_LAYOUT("ensure-layout.xq"),
    PING("ping.xq"),
    BOOTSTRAP("bootstrap.xq");

    private final String text;

    XQueries(String resource) {
        try (InputStream in = XQueries.class.getResourceAsStream("/xquery/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing XQuery resource " + resource);
            }
            this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExistQuery query() {
        return ExistQuery.of(text);
    }
}
