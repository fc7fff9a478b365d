package org.editio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RevisionsTest {

    @Test
    void roundTrips() {
        assertEquals("\"42\"", Revisions.etag(42));
        assertEquals(42, Revisions.parse("\"42\"").getAsLong());
        assertEquals(42, Revisions.parse(" W/\"42\" ").getAsLong());
    }

    @Test
    void foreignTagsAreNotRevisions() {
        assertTrue(Revisions.parse(null).isEmpty());
        assertTrue(Revisions.parse("*").isEmpty());
        assertTrue(Revisions.parse("42").isEmpty());
        assertTrue(Revisions.parse("\"abc\"").isEmpty());
        assertTrue(Revisions.parse("\"1\", \"2\"").isEmpty());
    }

    @Test
    void editionIdsAreSafeCollectionNames() {
        assertTrue(EditionIds.isValid("trotsky-stalin"));
        assertTrue(!EditionIds.isValid("../db"));
        assertTrue(!EditionIds.isValid("a'b"));
        assertTrue(!EditionIds.isValid("Upper"));
        assertTrue(!EditionIds.isValid(""));
    }
}
