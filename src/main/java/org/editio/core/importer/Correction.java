package org.editio.core.importer;

/**
 * A proposed or reviewed correction of the characters {@code [start, end)} of a paragraph.
 *
 * @param resp whitespace-separated pointers, e.g. {@code #importer} or {@code #importer #editio}
 */
public record Correction(int start, int end, String sic, String corr, String type, String cert, String resp) {

    public Correction {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative range " + start + ".." + end);
        }
    }

    public Correction withResp(String newResp, String newCert) {
        return new Correction(start, end, sic, corr, type, newCert, newResp);
    }
}
