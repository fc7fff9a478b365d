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
    REPLACE_FRAGMENTS("replace-fragments.xq"),
    LIST_CHANGES("list-changes.xq"),
    READ_CHANGE("read-change.xq"),
    READ_HISTORY("read-history.xq"),
    REVIEW_CHANGE("review-change.xq"),
    PUBLISH_EDITION("publish-edition.xq"),
    EVENTS("events.xq"),
    SEARCH("search.xq"),
    PRESENCE("presence.xq"),
    ENSURE_LAYOUT("ensure-layout.xq"),
    PING("ping.xq"),
    BOOTSTRAP("bootstrap.xq");

    private final String text;
    private final String escaped;

    XQueries(String resource) {
        try (InputStream in = XQueries.class.getResourceAsStream("/xquery/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing XQuery resource " + resource);
            }
            this.text = withIncludes(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            this.escaped = ExistQuery.escape(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces each {@code (:include name.xqm:)} line by that resource: function declarations shared
     * by several queries, without storing a library module in the database.
     */
    private static String withIncludes(String query) throws IOException {
        java.util.regex.Matcher include = java.util.regex.Pattern.compile("\\(:include ([a-z-]+\\.xqm):\\)").matcher(query);
        StringBuilder out = new StringBuilder();
        while (include.find()) {
            try (InputStream in = XQueries.class.getResourceAsStream("/xquery/" + include.group(1))) {
                if (in == null) {
                    throw new IllegalStateException("Missing XQuery include " + include.group(1));
                }
                include.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        include.appendTail(out);
        return out.toString();
    }

    public ExistQuery query() {
        return ExistQuery.ofEscaped(text, escaped);
    }
}
