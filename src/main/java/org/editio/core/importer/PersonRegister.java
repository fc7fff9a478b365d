package org.editio.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The persons an edition tags, read from a tab-separated register:
 * {@code id, name, pattern (a regular expression for the name's forms), wikidata (or empty), note}.
 */
public final class PersonRegister {

    public record Person(String id, String name, Pattern pattern, String wikidata, String note) {
    }

    /** A name found in a paragraph. */
    public record Mention(int start, int end, String personId) {
    }

    private final List<Person> persons;

    private PersonRegister(List<Person> persons) {
        this.persons = persons;
    }

    public static PersonRegister empty() {
        return new PersonRegister(List.of());
    }

    public static PersonRegister read(Path tsv) {
        try {
            List<Person> persons = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("id\t") || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IllegalArgumentException("Register line needs id, name and pattern: " + line);
                }
                persons.add(new Person(f[0], f[1], Pattern.compile("\\b(?:" + f[2] + ")\\b"),
                        f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : ""));
            }
            return new PersonRegister(persons);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the person register " + tsv, e);
        }
    }

    public List<Person> persons() {
        return persons;
    }

    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (Person p : persons) {
            Matcher m = p.pattern().matcher(text);
            while (m.find()) {
                found.add(new Mention(m.start(), m.end(), p.id()));
            }
        }
        return found;
    }

    /**
     * The speaker a sentence ending in a colon introduces: the last person it names. None when the
     * sentence speaks in the first person ("I replied:"), since the author is not in the register's terms.
     */
    public String lastNamedIn(String text) {
        String sentence = text.substring(Math.max(0, Math.max(text.lastIndexOf(". "),
                Math.max(text.lastIndexOf("? "), text.lastIndexOf("! ")))));
        if (sentence.matches("(?s).*\\b(I|me|my|we|us)\\b.*")) {
            return null;
        }
        Mention last = null;
        for (Mention m : find(sentence)) {
            if (last == null || m.start() > last.start()) {
                last = m;
            }
        }
        return last == null ? null : last.personId();
    }
}
