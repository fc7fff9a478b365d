package org.editio.edit;

/** Who makes a change or a decision: the account name (from the token) and the person's name. */
public record Editor(String user, String name) {

    public Editor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("An editor needs an account name");
        }
        name = name == null || name.isBlank() ? user : name;
    }

    /** The xml:id of the editor's respStmt in the TEI header (as xquery/change-log.xqm makes it). */
    public String id() {
        return "user-" + user.replaceAll("[^\\p{L}\\p{Nd}._-]", "_");
    }
}
