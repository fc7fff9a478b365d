package org.editio.edit;

import org.editio.service.EditionNotFoundException;

/** No change with this revision in the edition's history (a 404, like a missing edition). */
public class ChangeNotFoundException extends EditionNotFoundException {

    public ChangeNotFoundException(String edition, long rev) {
        super(edition, "Edition '" + edition + "' has no change " + rev);
    }
}
