package org.editio.live;

/**
 * One event of an edition's live stream: its SSE name (hello, change, review, publication, presence)
 * and its JSON data.
 */
public record EditionEvent(String name, Object data) {
}
