package org.editio.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;

/**
 * What the service makes from a revision (a parsed tree, a page, a book), kept for the most recently
 * used revisions. A revision never changes, so a hit needs only the current revision number, not the
 * text: the TEI is fetched from eXist-db on a miss only.
 */
final class RevisionCache<V> {

    private final EditionService editions;
    private final Map<String, V> entries;

    RevisionCache(EditionService editions, int capacity) {
        this.editions = editions;
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param variant what is made, when one revision gives several things (a view, a format)
     * @param make    makes the value from the stored TEI; called outside the cache's lock
     */
    Revised<V> get(String id, EditionStore.Text text, String variant, Function<StoredTei, V> make) {
        long current = editions.revision(id, text);
        V hit;
        synchronized (entries) {
            hit = entries.get(key(id, text, current, variant));
        }
        if (hit != null) {
            return new Revised<>(current, hit);
        }
        // The text may have moved on since the revision was read: key what is made by what was read.
        StoredTei tei = editions.read(id, text);
        V made = make.apply(tei);
        synchronized (entries) {
            entries.put(key(id, text, tei.revision(), variant), made);
        }
        return new Revised<>(tei.revision(), made);
    }

    private static String key(String id, EditionStore.Text text, long revision, String variant) {
        return id + "@" + text + "." + revision + "/" + variant;
    }
}
