package org.editio.dts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.editio.core.dts.CitationTree;
import org.editio.core.dts.CitationTree.Unit;

/**
 * The Navigation endpoint's rules (DTS 1.0, "down" table): which units a request asks about and which
 * it lists as members, or why it is a 400 or a 404.
 */
final class DtsNavigation {

    private DtsNavigation() {
    }

    /** The parameters after the checks common to Navigation and Document: ref, or start and end, or neither. */
    record Range(Unit ref, Unit start, Unit end) {
    }

    static Range range(CitationTree tree, String resource, String ref, String start, String end, String treeName) {
        if ((start == null) != (end == null)) {
            throw new DtsRequestException("start and end go together");
        }
        if (ref != null && start != null) {
            throw new DtsRequestException("ref cannot be combined with start and end");
        }
        if (treeName != null) {
            throw new DtsNotFoundException(resource, "Resource '" + resource + "' has only its default citation tree");
        }
        Range range = new Range(ref == null ? null : find(tree, resource, ref),
                start == null ? null : find(tree, resource, start), end == null ? null : find(tree, resource, end));
        if (range.start() != null && tree.position(range.start()) > tree.position(range.end())) {
            throw new DtsRequestException("start must not come after end");
        }
        return range;
    }

    private static Unit find(CitationTree tree, String resource, String identifier) {
        return tree.unit(identifier).orElseThrow(() -> new DtsNotFoundException(resource,
                "Resource '" + resource + "' has no citable unit '" + identifier + "'"));
    }

    /** The Navigation object's ref, start, end and member, per the table of the specification. */
    static Map<String, Object> navigate(CitationTree tree, Range range, Integer down) {
        Map<String, Object> result = new LinkedHashMap<>();
        boolean hasRange = range.start() != null;
        if (range.ref() != null) {
            result.put("ref", DtsService.unit(range.ref()));
        }
        if (hasRange) {
            result.put("start", DtsService.unit(range.start()));
            result.put("end", DtsService.unit(range.end()));
        }
        if (down == null) {
            if (range.ref() == null && !hasRange) {
                throw new DtsRequestException("Give ref, start and end, or down");
            }
            return result;
        }
        if (down < -1) {
            throw new DtsRequestException("down must be -1, 0 or more");
        }
        List<Unit> members = new ArrayList<>();
        if (down == 0) {
            if (range.ref() == null) {
                throw new DtsRequestException("down=0 needs ref");
            }
            for (Unit u : tree.units()) {
                if (java.util.Objects.equals(u.parent(), range.ref().parent())) {
                    members.add(u);
                }
            }
        } else if (range.ref() != null) {
            int deepest = down == -1 ? Integer.MAX_VALUE : range.ref().level() + down;
            tree.subtree(range.ref()).stream().filter(u -> u.level() <= deepest).forEach(members::add);
        } else if (hasRange) {
            int deepest = down == -1 ? Integer.MAX_VALUE : Math.max(range.start().level(), range.end().level()) + down;
            List<Unit> endTree = tree.subtree(range.end());
            int from = tree.position(range.start());
            int to = tree.position(endTree.get(endTree.size() - 1));
            tree.units().subList(from, to + 1).stream().filter(u -> u.level() <= deepest).forEach(members::add);
        } else {
            int deepest = down == -1 ? Integer.MAX_VALUE : down;
            tree.units().stream().filter(u -> u.level() <= deepest).forEach(members::add);
        }
        result.put("member", members.stream().map(DtsService::unit).toList());
        return result;
    }

    /** The units a Document request returns: the ref, or start to end (each unit once, outermost). */
    static List<Unit> fragments(CitationTree tree, Range range) {
        if (range.ref() != null) {
            return List.of(range.ref());
        }
        List<Unit> span = tree.units().subList(tree.position(range.start()), tree.position(range.end()) + 1);
        List<Unit> outermost = new ArrayList<>();
        for (Unit u : span) {
            if (outermost.stream().noneMatch(o -> tree.isInside(u, o))) {
                outermost.add(u);
            }
        }
        return outermost;
    }
}
