package org.editio.core.report;

import java.util.List;
import java.util.Map;

/**
 * Whose text is this, and how much of it is the editor's: words per hand overall and per
 * division, and counts of the editorial apparatus. Words are counted as transcribed.
 */
public record EditionStats(Map<String, Integer> wordsByHand, double editorShare, List<Division> divisions,
                           int corrections, Map<String, Integer> correctionsByType, int notes, int quotations,
                           int personMentions) {

    /** A chapter, or a part of one, with its own words per hand. */
    public record Division(String id, String type, String n, String heading, Map<String, Integer> wordsByHand) {
    }
}
