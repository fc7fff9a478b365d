package org.editio.edit;

import java.util.List;

/**
 * A review that cannot be made as asked: the change was already reviewed, or later changes touched the
 * same fragment, so that the reviewer has to resolve them ({@code later} lists their revisions).
 */
public class ReviewConflictException extends RuntimeException {

    private final List<Long> later;

    public ReviewConflictException(String message, List<Long> later) {
        super(message);
        this.later = List.copyOf(later);
    }

    public List<Long> later() {
        return later;
    }
}
