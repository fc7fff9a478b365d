package org.editio.service;

import java.util.List;

/** Documents the platform cannot take: not TEI P5, or an unusable upload. Nothing was stored. */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportReport> reports;

    public ImportRefusedException(String message, List<ImportReport> reports) {
        super(message);
        this.reports = List.copyOf(reports);
    }

    public List<ImportReport> reports() {
        return reports;
    }
}
