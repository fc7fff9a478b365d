package org.editio.exist;

import java.util.List;

/** A page of an edition's history, newest first, and how many changes there are in all. */
public record ChangePage(long total, List<ChangeSummary> changes) {
}
