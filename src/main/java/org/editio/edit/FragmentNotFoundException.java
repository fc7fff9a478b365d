package org.editio.edit;

import org.editio.service.EditionNotFoundException;

/** No element with this xml:id in the edition's draft (a 404, like a missing edition). */
public class FragmentNotFoundException extends EditionNotFoundException {

    public FragmentNotFoundException(String edition, String xmlId) {
        super(edition, "Edition '" + edition + "' has no element with xml:id '" + xmlId + "'");
    }
}
