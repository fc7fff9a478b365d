package org.editio.service;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Revisions travel as strong entity tags: revision 7 is {@code "7"}. */
public final class Revisions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private Revisions() {
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision in an {@code If-Match} or {@code If-None-Match} value, if it is one of ours. */
    public static OptionalLong parse(String header) {
        if (header == null) {
            return OptionalLong.empty();
        }
        Matcher m = TAG.matcher(header);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
