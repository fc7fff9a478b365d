package org.editio.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.editio.launcher.ExistCredentials;

/**
 * One client, warm: the CPU eXist-db uses per conditional replace of a paragraph (the floor's edit of
 * {@link EditLoadBenchmark}, on its copy of the draft), and the CPU the service and eXist-db use per edit
 * through the service. Without concurrency, for comparing eXist-db's settings (such as its DOM index's
 * depth) with little noise. Each part warms up on chapter 11, then measures three rounds on chapter 12.
 * Run: bench/replace-cost.sh
 */
public final class ReplaceCostBenchmark {

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String keycloak = args[1];
        String exist = args[2];
        ExistCredentials credentials = ExistCredentials.load(Path.of(args[3], "credentials.properties")).orElseThrow();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("editio:" + credentials.editioPassword())
                .getBytes(StandardCharsets.UTF_8));
        EditLoadBenchmark.floorCopy(exist, auth, credentials);
        for (int i = 0; i < 4000; i++) {
            EditLoadBenchmark.existConditionalEdit(exist, auth, EditLoadBenchmark.WARM_UP.apply(2 * (i % 8)), "warm" + i + "z");
        }
        System.out.println("| run | wall per edit | CPU per edit: service | eXist-db | JIT of both servers |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int round = 1; round <= 3; round++) {
            int r = round;
            measure("conditional replace straight to eXist-db, round " + round, 800, i ->
                    EditLoadBenchmark.existConditionalEdit(exist, auth, EditLoadBenchmark.MEASURED.apply(2 * (i % 8)),
                            "r" + r + "x" + i + "z"));
        }
        Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
        String edition = service + EditLoadBenchmark.EDITION;
        String warmToken = EditLoadBenchmark.token(keycloak, "editor1");
        for (int i = 0; i < 1500; i++) {
            EditLoadBenchmark.serviceEdit(edition, warmToken, EditLoadBenchmark.WARM_UP.apply(2 * (i % 8)), "warm" + i + "y",
                    acknowledged);
        }
        for (int round = 1; round <= 3; round++) {
            int r = round;
            String token = EditLoadBenchmark.token(keycloak, "editor1");
            measure("edit through the service, round " + round, 400, i ->
                    EditLoadBenchmark.serviceEdit(edition, token, EditLoadBenchmark.MEASURED.apply(2 * (i % 8)),
                            "r" + r + "y" + i + "z", acknowledged));
        }
    }

    interface Step {
        void run(int i) throws Exception;
    }

    static void measure(String what, int edits, Step step) throws Exception {
        Map<String, Long> before = EditLoadBenchmark.cpuMillis();
        long start = System.nanoTime();
        for (int i = 0; i < edits; i++) {
            step.run(i);
        }
        double wall = (System.nanoTime() - start) / 1e6 / edits;
        Map<String, Long> after = EditLoadBenchmark.cpuMillis();
        System.out.printf("| %s | %.1f ms | %s | %.1f ms | %.1f ms |%n", what, wall,
                what.contains("service") ? String.format("%.1f ms", perEdit(before, after, "service", edits)) : "–",
                perEdit(before, after, "eXist-db", edits), perEdit(before, after, "JIT", edits));
    }

    static double perEdit(Map<String, Long> before, Map<String, Long> after, String process, int edits) {
        return (after.getOrDefault(process, 0L) - before.getOrDefault(process, 0L)) / (double) edits;
    }
}
