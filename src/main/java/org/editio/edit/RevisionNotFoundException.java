package org.editio.edit;

import org.editio.service.EditionNotFoundException;

/** A revision the edition has not reached (a 404, like a missing edition). */
public class RevisionNotFoundException extends EditionNotFoundException {

    public RevisionNotFoundException(String edition, long rev, long current) {
        super(edition, "Edition '" + edition + "' has revisions 1 to " + current + ", not " + rev);
    }
}
