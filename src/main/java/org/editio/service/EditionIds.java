package org.editio.service;

import java.util.regex.Pattern;

/** Edition ids double as eXist-db collection names and URL segments, so they are kept simple. */
public final class EditionIds {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private EditionIds() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Unknown-looking ids are reported as not found, so that probing reveals nothing. */
    public static String require(String id) {
        if (!isValid(id)) {
            throw new EditionNotFoundException(String.valueOf(id));
        }
        return id;
    }
}
