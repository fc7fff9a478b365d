package org.editio.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.editio.edit.FragmentVersions;
import org.editio.exist.FragmentWrite;
import org.editio.service.Revisions;

/** The answer to a stored fragment write: 204, the element's new version and the draft's revision. */
final class Writes {

    private Writes() {
    }

    static Response stored(FragmentWrite write) {
        return Response.noContent()
                .header(HttpHeaders.ETAG, FragmentVersions.etag(write.version()))
                .header(FragmentResource.DRAFT_REVISION, Revisions.etag(write.revision()))
                .build();
    }

    /** A write that moved the draft (a review, a revert): 204 and the new revision as ETag. */
    static Response revised(long revision) {
        return Response.noContent().header(HttpHeaders.ETAG, Revisions.etag(revision)).build();
    }
}
