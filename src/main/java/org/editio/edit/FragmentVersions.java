package org.editio.edit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fragment's version as an HTTP entity tag: the hex hash in quotes, e.g. {@code "3f2a…"}. */
public final class FragmentVersions {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"([0-9a-f]{40})\"\\s*");

    private FragmentVersions() {
    }

    public static String etag(String version) {
        return '"' + version + '"';
    }

    /** The version an If-Match names: its entity tag's hash, or else the header as sent (which names none). */
    public static String named(String ifMatch) {
        return parse(ifMatch).orElse(ifMatch.trim());
    }

    public static Optional<String> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = ETAG.matcher(header);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
