package org.editio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.junit.jupiter.api.Test;

/** What is kept of a verified identity: all it says of its user, nothing of the request it came with. */
class VerifiedTokenRecorderTest {

    @Test
    void aKeptIdentityHasItsUserButNotItsRequest() {
        AccessTokenCredential token = new AccessTokenCredential("aaa.bbb.ccc");
        Object request = new Object();
        QuarkusSecurityIdentity verified = QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> "editor1")
                .addRole("editor")
                .addCredential(token)
                .addPermissionAsString("edit:drafts")
                .addAttribute("tenant-id", "Default")
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(AuthenticationRequestContext.class.getName(), request)
                .build();

        SecurityIdentity kept = VerifiedTokenRecorder.detached(verified);

        assertEquals("editor1", kept.getPrincipal().getName());
        assertEquals(verified.getRoles(), kept.getRoles());
        assertSame(token, kept.getCredential(AccessTokenCredential.class));
        assertEquals("Default", kept.getAttribute("tenant-id"));
        StringPermission scope = new StringPermission("edit", "drafts");
        assertTrue(verified.checkPermissionBlocking(scope), "as quarkus-oidc makes a token's scope a permission");
        assertTrue(kept.checkPermissionBlocking(scope));
        assertFalse(kept.checkPermissionBlocking(new StringPermission("publish")));
        assertFalse(kept.isAnonymous());
        assertNull(kept.getAttribute(RoutingContext.class.getName()));
        assertNull(kept.getAttribute(AuthenticationRequestContext.class.getName()));
    }
}
