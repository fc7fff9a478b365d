package org.editio.core.importer;

import java.util.ArrayList;
import java.util.List;

/** The transcription's structure: chapters, parts, blocks of paragraphs (a block may be a quotation). */
public final class Layout {

    private Layout() {
    }

    public static final class Chapter {
        public final int number;
        public String label;
        public String title;
        public final List<Part> parts = new ArrayList<>();

        Chapter(int number, String label) {
            this.number = number;
            this.label = label;
        }
    }

    public static final class Part {
        /** The blog's heading, or null for text before the first part heading. */
        public final String heading;
        public final int number;
        public final List<Block> blocks = new ArrayList<>();

        Part(String heading, int number) {
            this.heading = heading;
            this.number = number;
        }
    }

    /** Consecutive lines without a blank line between them. */
    public static final class Block {
        public final List<Para> paras = new ArrayList<>();
        public boolean quotation;
        /** Person id of the quoted speaker, when the introducing sentence names one. */
        public String speaker;
        /** The editors decided the speaker (possibly: none); no guess is made then. */
        public boolean speakerDecided;
    }
}
