package org.editio.core.tei;

/**
 * Bounds on what a parser accepts, so that a single request cannot exhaust memory or stack.
 *
 * @param maxBytes largest accepted document, in bytes
 * @param maxDepth deepest accepted element nesting
 */
public record XmlLimits(long maxBytes, int maxDepth) {

    /** Generous for a book-length edition, small enough to keep one request harmless. */
    public static final XmlLimits DEFAULT = new XmlLimits(20L * 1024 * 1024, 256);

    public XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
