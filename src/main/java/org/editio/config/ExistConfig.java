package org.editio.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service reaches eXist-db. The password never has a default: it is generated at first start. */
@ConfigMapping(prefix = "editio.exist")
public interface ExistConfig {

    /** Base URL of the eXist-db web application, e.g. {@code http://localhost:8088/exist}. */
    URI url();

    @WithDefault("editio")
    String user();

    String password();

    /** Root collection of Editio's data inside eXist-db. */
    @WithDefault("/db/editio")
    String root();

    /**
     * Docker only: the admin password to set when eXist-db still has the empty one of its stock
     * image. Unset everywhere else: the launcher provisions its servers before they listen.
     */
    Optional<String> bootstrapAdminPassword();

    /** Upper bound on one call, so that an outage gives a quick 503 rather than a hang. */
    @WithDefault("5s")
    Duration timeout();
}
