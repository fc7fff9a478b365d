package org.editio.core.tei;

import java.text.Normalizer;
import java.util.Locale;

/** Identifiers made from names and titles: lower-case ASCII letters and digits joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** "Grigory Zinóviev" → "grigory-zinoviev"; empty when nothing of the text is a letter or digit. */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
