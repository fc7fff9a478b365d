package org.editio.edit;

import java.util.regex.Pattern;

/** xml:id values as the API accepts them in a path: NCNames. Anything else names no fragment. */
final class FragmentIds {

    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]{0,127}");

    private FragmentIds() {
    }

    static String require(String edition, String xmlId) {
        if (xmlId == null || !NCNAME.matcher(xmlId).matches()) {
            throw new FragmentNotFoundException(edition, String.valueOf(xmlId));
        }
        return xmlId;
    }
}
