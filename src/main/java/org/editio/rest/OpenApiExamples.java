package org.editio.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every documented parameter an example, by its name, where its resource method gave none: the
 * same names mean the same things across the API (an edition, an element, a revision …).
 */
public class OpenApiExamples implements OASFilter {

    static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("id", "trotsky-stalin"),
            Map.entry("edition", "trotsky-stalin"),
            Map.entry("resource", "trotsky-stalin"),
            Map.entry("xmlid", "ch12-p3"),
            Map.entry("noteid", "ch12-n1"),
            Map.entry("choiceid", "ch12-p1-c1"),
            Map.entry("ref", "ch12-p3"),
            Map.entry("start", "ch12-p2"),
            Map.entry("end", "ch12-p4"),
            Map.entry("rev", 7),
            Map.entry("from", 5),
            Map.entry("to", 9),
            Map.entry("page", 1),
            Map.entry("size", 20),
            Map.entry("down", 1),
            Map.entry("tree", "default"),
            Map.entry("nav", "children"),
            Map.entry("mediaType", "application/tei+xml"),
            Map.entry("text", "draft"),
            Map.entry("view", "reading"),
            Map.entry("status", "pending"),
            Map.entry("hand", "LT"),
            Map.entry("q", "Orgburo"),
            Map.entry("name", "edition.css"),
            Map.entry("If-Match", "\"3\""),
            Map.entry("If-None-Match", "\"3\""),
            Map.entry("Content-Type", "application/tei+xml"));

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getExample() == null && parameter.getExamples() == null && EXAMPLES.containsKey(parameter.getName())) {
            parameter.setExample(EXAMPLES.get(parameter.getName()));
        }
        return parameter;
    }
}
