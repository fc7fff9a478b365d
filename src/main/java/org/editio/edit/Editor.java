package org.editio.edit;

/** Who makes a change or a decision: the account name (from the token) and the person's name. */
public record Editor(String user, String name) {

    private static final java.util.regex.Pattern NOT_IN_AN_ID = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}._-]");

    public Editor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("An editor needs an account name");
        }
        name = name == null || name.isBlank() ? user : name;
    }

    /** The xml:id of the editor's respStmt in the TEI header (as xquery/change-log.xqm makes it). */
    public String id() {
        return "user-" + NOT_IN_AN_ID.matcher(user).replaceAll("_");
    }
}
