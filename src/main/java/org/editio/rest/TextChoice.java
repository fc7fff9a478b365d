package org.editio.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import org.editio.exist.EditionStore;

/** Which text of an edition a caller gets: the published one for anonymous callers, the draft for readers and above. */
@ApplicationScoped
public class TextChoice {

    @Inject
    SecurityIdentity identity;

    public boolean canReadDrafts() {
        return identity.hasRole("reader");
    }

    /** @param requested {@code draft}, {@code published}, or null for the caller's default */
    public EditionStore.Text choose(String requested) {
        if (requested == null || requested.isBlank()) {
            return canReadDrafts() ? EditionStore.Text.DRAFT : EditionStore.Text.PUBLISHED;
        }
        return switch (requested) {
            case "published" -> EditionStore.Text.PUBLISHED;
            case "draft" -> {
                if (identity.isAnonymous()) {
                    throw new UnauthorizedException();
                }
                if (!canReadDrafts()) {
                    throw new ForbiddenException();
                }
                yield EditionStore.Text.DRAFT;
            }
            default -> throw new BadRequestException("text must be draft or published");
        };
    }
}
