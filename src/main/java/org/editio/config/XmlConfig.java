package org.editio.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits applied to every XML document the service accepts. */
@ConfigMapping(prefix = "editio.xml")
public interface XmlConfig {

    @WithDefault("20971520")
    long maxBytes();

    @WithDefault("256")
    int maxDepth();
}
