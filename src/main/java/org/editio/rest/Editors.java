package org.editio.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.editio.edit.Editor;

/** The caller as an editor: the account name from the token, and the person's name for the TEI header. */
@RequestScoped
public class Editors {

    @Inject
    SecurityIdentity identity;

    public Editor current() {
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            name = token.getClaim("name");
        }
        return new Editor(identity.getPrincipal().getName(), name);
    }
}
