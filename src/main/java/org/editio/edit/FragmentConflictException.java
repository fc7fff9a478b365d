package org.editio.edit;

/** The client edited an older version of the element: 412, with the current version and element to merge with. */
public class FragmentConflictException extends RuntimeException {

    private final String currentVersion;
    private final String currentXml;

    public FragmentConflictException(String xmlId, String currentVersion, String currentXml) {
        super("Element '" + xmlId + "' has changed since it was read; merge with the current version and retry");
        this.currentVersion = currentVersion;
        this.currentXml = currentXml;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public String currentXml() {
        return currentXml;
    }
}
