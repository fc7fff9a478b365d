package org.editio.dts;

import org.editio.service.EditionNotFoundException;

/** A DTS request for something the resource does not have: a citable unit, a citation tree, a media type (404). */
public class DtsNotFoundException extends EditionNotFoundException {

    public DtsNotFoundException(String resource, String message) {
        super(resource, message);
    }
}
