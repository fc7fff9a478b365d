package org.editio.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A synthetic edition n times the size of the real one: its chapters repeated, with ids kept unique. */
final class Scaled {

    private Scaled() {
    }

    static String edition(Path tei, int times) throws java.io.IOException {
        String xml = Files.readString(tei, StandardCharsets.UTF_8);
        int start = xml.indexOf("<body>") + "<body>".length();
        int end = xml.lastIndexOf("</body>");
        String chapters = xml.substring(start, end);
        StringBuilder body = new StringBuilder(chapters.length() * times);
        for (int i = 0; i < times; i++) {
            String copy = i == 0 ? chapters : chapters
                    .replaceAll("xml:id=\"([^\"]+)\"", "xml:id=\"$1-x" + i + "\"")
                    .replaceAll("(next|prev)=\"#([^\"]+)\"", "$1=\"#$2-x" + i + "\"");
            body.append(copy);
        }
        return xml.substring(0, start) + body + xml.substring(end);
    }
}
