package org.editio.core.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesBecomeLowerCaseAsciiJoinedByHyphens() {
        assertEquals("grigory-zinoviev", Slugs.of("  Grígory Zinóviev! "));
        assertEquals("sonnet-18", Slugs.of("Sonnet 18"));
        assertEquals("", Slugs.of("—"));
        assertEquals("", Slugs.of(null));
    }
}
