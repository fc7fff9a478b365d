package org.editio.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an import found about one document: whether it is TEI P5 (tei_all, when that schema is
 * configured), whether it follows this project's conventions (its schema and Schematron), every message
 * ("file:line:col: message"), and the edition it became, if it was accepted.
 */
public record ImportReport(String document, String edition, boolean stored, Boolean teiAllValid,
                           boolean projectValid, List<String> messages) {

    /** Valid TEI (or not checkable against tei_all) that does not follow the project's rules: kept, but flagged. */
    @JsonProperty("flagged")
    public boolean flagged() {
        return stored && !projectValid;
    }
}
