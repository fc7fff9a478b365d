package org.editio.bench;

import static org.editio.testing.MetricsText.BARRIERS;
import static org.editio.testing.MetricsText.BY_PARTS;
import static org.editio.testing.MetricsText.MOVED_QUERIES;
import static org.editio.testing.MetricsText.REFUSED_QUERIES;
import static org.editio.testing.MetricsText.STORED_QUERIES;
import static org.editio.testing.MetricsText.STORED_WRITES;
import static org.editio.testing.MetricsText.WHOLE;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.editio.edit.DraftPatcher;
import org.editio.edit.Editor;
import org.editio.exist.ExistQuery;
import org.editio.launcher.ExistCredentials;
import org.editio.testing.MetricsText;

/**
 * Concurrent editors against the running platform: each editor appends a word to a paragraph it shares
 * with one other editor, for a fixed number of edits. On 412 an editor adds its word to the current
 * paragraph the answer carries, as the project's editor does. The same edits also go straight to eXist-db's
 * REST API, as the floors: read the paragraph and replace it if it is still the version read, under the
 * same lock (the same edits, without the service); and a blind append of the word (the bare update). Each
 * of the three runs unmeasured, on the same paragraphs of a copy of the text, before any is measured; the
 * service and the floor until their JIT compilers are nearly quiet. They are then measured in alternating
 * rounds, and their ratio is the median of the rounds' ratios: the machine's speed changes too much from
 * minute to minute for runs minutes apart to be compared. Lost updates are checked twice: every
 * acknowledged word must be in the final text, and replaying the recorded changes onto the text as it was
 * before the run must give the final text. Each measured run also reports the CPU time per edit that the
 * service, eXist-db and the driver used, and apart, what both servers' JIT compilers used.
 * Run: bench/edits.sh
 */
public final class EditLoadBenchmark {

    static final String EDITION = "/api/editions/trotsky-stalin";
    /** A copy of {@link #EDITION} that the service's warm-up edits, so that the measured text is not grown by it. */
    static final String WARM_UP_EDITION = "/api/editions/trotsky-stalin-warm-up";

    static {
        // The JBoss LogManager on the test class path tells the JDK's HTTP client that debug logging is on,
        // and the client then formats every debug message, taking CPU from the servers.
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Processor SAXON = new Processor(false);
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, new XmlLimits(1L << 28, 256));

    /**
     * @param requestNanos the latency of each write request, 412s included
     * @param editNanos    for each acknowledged edit, the latencies of all its write requests added up
     */
    record Run(int acknowledged, int conflicts, double seconds, List<Long> requestNanos, List<Long> editNanos,
               Map<String, Long> cpuMillis) {
        Run withCpu(Map<String, Long> used) {
            return new Run(acknowledged, conflicts, seconds, requestNanos, editNanos, used);
        }

        double rate() {
            return acknowledged / seconds;
        }

        /** Several runs as one: their edits, time, latencies and CPU added up. */
        static Run all(List<Run> runs) {
            List<Long> requests = new ArrayList<>();
            List<Long> edits = new ArrayList<>();
            Map<String, Long> cpu = new LinkedHashMap<>();
            int acknowledged = 0;
            int conflicts = 0;
            double seconds = 0;
            for (Run r : runs) {
                acknowledged += r.acknowledged;
                conflicts += r.conflicts;
                seconds += r.seconds;
                requests.addAll(r.requestNanos);
                edits.addAll(r.editNanos);
                r.cpuMillis.forEach((process, ms) -> cpu.merge(process, ms, Long::sum));
            }
            return new Run(acknowledged, conflicts, seconds, requests, edits, cpu);
        }

        String row(String what) {
            List<Long> requests = sorted(requestNanos);
            List<Long> edits = sorted(editNanos);
            return String.format("| %s | %d | %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s | %s | %s | %s |", what,
                    acknowledged, conflicts, acknowledged / seconds, percentile(requests, 0.50),
                    percentile(requests, 0.99), percentile(edits, 0.50), percentile(edits, 0.99),
                    perEdit("service"), perEdit("eXist-db"), perEdit("driver"), perEdit("JIT"));
        }

        private String perEdit(String process) {
            Long ms = cpuMillis.get(process);
            return ms == null || ms == 0 ? "–" : String.format("%.1f ms", (double) ms / acknowledged);
        }

        private static List<Long> sorted(List<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted;
        }
    }

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String keycloak = args[1];
        String exist = args[2];
        ExistCredentials credentials = ExistCredentials.load(Path.of(args[3], "credentials.properties")).orElseThrow();
        int editors = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int edits = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : edits;
        int rounds = args.length > 7 ? Integer.parseInt(args[7]) : 5;
        if (rounds < 1) {
            throw new IllegalArgumentException("ROUNDS must be at least 1, not " + rounds);
        }
        // Tokens live 5 minutes, and a run with a long warm-up lasts longer: each phase starts with fresh ones.
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Runnable freshTokens = () -> {
            try {
                for (String user : List.of("editor1", "editor2")) {
                    tokens.put(user, token(keycloak, user));
                }
            } catch (Exception e) {
                throw new IllegalStateException("No token from Keycloak", e);
            }
        };
        freshTokens.run();

        HttpResponse<String> before = send(HttpRequest.newBuilder(URI.create(service + EDITION + "/tei"))
                .header("Authorization", "Bearer " + tokens.get("editor1")).GET());
        long r0 = Long.parseLong(before.headers().firstValue("ETag").orElseThrow().replace("\"", ""));

        Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
        Edit throughService = throughService(service + EDITION, tokens, acknowledged);
        Edit warmUpThroughService = throughService(service + WARM_UP_EDITION, tokens, new ConcurrentHashMap<>());
        String auth = "Basic " + Base64.getEncoder().encodeToString(("editio:" + credentials.editioPassword())
                .getBytes(StandardCharsets.UTF_8));
        Edit straightToExist = (editor, paragraph, word) -> existEdit(exist, auth, paragraph, word);
        Edit conditionallyToExist = (editor, paragraph, word) -> existConditionalEdit(exist, auth, paragraph, word);

        // Every way of editing runs unmeasured before any is measured, so that the JIT compilers of both
        // servers have compiled all their paths: a freshly started JVM spends most of its first minutes' CPU
        // compiling, on the two cores the servers share, and a floor measured after the service's run would
        // otherwise find eXist-db warmer than the service's run did. The floor and then the service go on
        // warming until the compilers are nearly quiet (see warm), and the first round starts with the service
        // right after its warm-up. Each warm-up edits the very paragraphs its measured runs edit, but in a copy
        // of the text, so that no word the warm-up adds makes a measured edit dearer: the service's copy is an
        // edition of its own; the floors' copy is replaced before the first round. Before it warms, each editor
        // makes one edit of the measured text: the first write to an edition the service has not yet read is
        // validated whole, a path whose code (and its effect on the JIT's profiles) is not that of an edit.
        warmUpEdition(service, keycloak, tokens.get("editor1"));
        drive(editors, 1, "first", MEASURED, throughService);
        floorCopy(exist, auth, credentials);
        drive(editors, warmUp, "warm", MEASURED_BARE, straightToExist);
        Warmed floorWarmed = warm(editors, warmUp, edits, MEASURED, conditionallyToExist, freshTokens);
        Warmed serviceWarmed = warm(editors, warmUp, edits, MEASURED, warmUpThroughService, freshTokens);

        // The machine's speed can change several times over within minutes (the floor alone has run at 119 and
        // at 553 edits/s on the same day), so the service and the floor are measured in alternating rounds, each
        // round's ratio taken against the floor of the same minute; the ratio reported is their median.
        // Both edit the same paragraphs from the same text: the floor's copy is taken before the first round.
        floorCopy(exist, auth, credentials);
        List<Run> services = new ArrayList<>();
        List<Run> floors = new ArrayList<>();
        List<String> writePaths = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            freshTokens.run();
            if (round % 2 == 1) {
                floors.add(measured(editors, edits, "r" + round + "f", MEASURED, conditionallyToExist));
            }
            Map<String, Double> counted = writePathCounts(service);
            services.add(measured(editors, edits, "r" + round + "s", MEASURED, throughService));
            writePaths.add(writePath(counted, writePathCounts(service)));
            if (round % 2 == 0) {
                floors.add(measured(editors, edits, "r" + round + "f", MEASURED, conditionallyToExist));
            }
        }
        freshTokens.run();
        String after = send(HttpRequest.newBuilder(URI.create(service + EDITION + "/tei"))
                .header("Authorization", "Bearer " + tokens.get("editor1")).GET()).body();
        int missing = 0;
        for (var entry : acknowledged.entrySet()) {
            String paragraph = fragment(after, entry.getKey());
            for (String word : entry.getValue()) {
                if (!paragraph.contains(word)) {
                    missing++;
                }
            }
        }
        boolean replayed = replayMatches(service, tokens.get("editor1"), r0, after);
        Run bare = measured(editors, edits, "b", MEASURED_BARE, straightToExist);

        System.out.println("| run | acknowledged edits | 412 retries | edits/s | request p50 | request p99 | edit p50 | edit p99 "
                + "| CPU per edit: service | eXist-db | driver | JIT of both servers | time per edit: service ÷ floor |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double ratio = floors.get(round).rate() / services.get(round).rate();
            ratios.add(ratio);
            System.out.println(services.get(round).row("round " + (round + 1) + ": service (" + editors + " editors)")
                    + String.format(" %.2f× |", ratio));
            System.out.println(floors.get(round).row("round " + (round + 1) + ": eXist-db REST, same edits: read, then "
                    + "replace if unchanged (floor)") + " |");
        }
        System.out.println(Run.all(services).row("all rounds: service") + " |");
        System.out.println(Run.all(floors).row("all rounds: floor") + " |");
        System.out.println(bare.row("eXist-db REST, blind append (bare update), once") + " |");
        Collections.sort(ratios);
        System.out.printf("%nTime per edit, service ÷ floor, median of %d rounds: %.2f× (rounds: %s)%n", rounds,
                ratios.get(ratios.size() / 2), ratios.stream().map(r -> String.format("%.2f", r)).toList());
        for (int round = 0; round < rounds; round++) {
            System.out.printf("Write path, round %d (the service's /q/metrics): %s%n", round + 1, writePaths.get(round));
        }
        System.out.printf("Warm-up edits per editor: service %s; floor %s%n", serviceWarmed, floorWarmed);
        System.out.printf("Lost updates: %d acknowledged words missing from the final text; replaying the history "
                + "onto revision %d gives the final text: %s%n", missing, r0, replayed);
    }

    /** The CPU the servers' JIT compilers may still take when a warm-up stops, as a share of the servers' other CPU. */
    static final double QUIET_JIT_SHARE = 0.05;
    /** At most this many stretches after the first WARM_UP_EACH edits, should the compilers never fall quiet. */
    static final int MAX_WARM_UP_STRETCHES = 40;

    /** How long a warm-up ran: edits per editor, and the JIT's CPU in its last stretch against the servers' other CPU. */
    record Warmed(int editsEach, double lastJitShare) {
        @Override
        public String toString() {
            return String.format("%d (at the end, JIT %.0f %% of the servers' other CPU)", editsEach, 100 * lastJitShare);
        }
    }

    /**
     * Edits at least {@code atLeast} times per editor, then in stretches of {@code stretch} until both
     * servers' JIT compilers use at most {@link #QUIET_JIT_SHARE} of what the servers use besides over a
     * stretch. A fixed warm-up was not enough: on two cores shared by three JVMs, the service's C2 compiler
     * falls minutes behind, and methods wait for it in profiled C1 code (JFR: after 6,400 warm-up edits per
     * way, the first two measured rounds spent 5.5 s compiling 168 methods with C2 for the first time, such
     * as FragmentService.validated, now WriteValidation.validated, which C1 had compiled with profiling in the
     * warm-up's second minute).
     */
    static Warmed warm(int editors, int atLeast, int stretch, IntFunction<String> paragraphs, Edit edit,
                       Runnable freshTokens) throws Exception {
        drive(editors, atLeast, "warm", paragraphs, edit);
        int done = atLeast;
        double share = Double.NaN;
        for (int i = 0; i < MAX_WARM_UP_STRETCHES; i++) {
            freshTokens.run();
            Run run = measured(editors, stretch, "warm" + i + "s", paragraphs, edit);
            done += stretch;
            long servers = run.cpuMillis().getOrDefault("service", 0L) + run.cpuMillis().getOrDefault("eXist-db", 0L);
            share = (double) run.cpuMillis().getOrDefault("JIT", 0L) / Math.max(1, servers);
            if (share <= QUIET_JIT_SHARE) {
                break;
            }
        }
        return new Warmed(done, share);
    }

    /** Imports the draft of {@link #EDITION} as {@link #WARM_UP_EDITION} (which takes an administrator's token). */
    static void warmUpEdition(String service, String keycloak, String token) throws Exception {
        String tei = send(HttpRequest.newBuilder(URI.create(service + EDITION + "/tei"))
                .header("Authorization", "Bearer " + token).GET()).body();
        String id = WARM_UP_EDITION.substring(WARM_UP_EDITION.lastIndexOf('/') + 1);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(service + "/api/editions?id=" + id))
                .header("Authorization", "Bearer " + token(keycloak, "admin1"))
                .header("Content-Type", "application/tei+xml").POST(HttpRequest.BodyPublishers.ofString(tei)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Importing the warm-up copy: " + created.statusCode() + " " + created.body());
        }
    }

    /**
     * A copy of the draft in a collection indexed like the editions (the same Lucene configuration), as an
     * update of the service's draft is; configuring a collection takes the administrator.
     */
    static void floorCopy(String exist, String auth, ExistCredentials credentials) throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + credentials.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
        existQuery(exist, admin, ExistQuery.of("""
                xmldb:create-collection('/db/system/config/db/editio', 'bench')[0],
                xmldb:store('/db/system/config/db/editio/bench', 'collection.xconf',
                            doc('/db/system/config/db/editio/editions/collection.xconf'))[0],
                xmldb:create-collection('/db/editio', 'bench')[0],
                sm:chown(xs:anyURI('/db/editio/bench'), 'editio'), <ok/>"""));
        existQuery(exist, auth, ExistQuery.of("""
                xmldb:store('/db/editio/bench', 'draft.xml', doc('/db/editio/editions/trotsky-stalin/draft.xml'))[0],
                xmldb:store('/db/editio/bench', 'meta.xml', <meta/>)[0], <ok/>"""));
    }

    /** The samples of the service's /q/metrics that count the write path. */
    static Map<String, Double> writePathCounts(String service) throws Exception {
        String metrics = send(HttpRequest.newBuilder(URI.create(service + "/q/metrics")).GET()).body();
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String sample : List.of(STORED_WRITES, STORED_QUERIES, REFUSED_QUERIES, MOVED_QUERIES, BARRIERS, BY_PARTS, WHOLE)) {
            counts.put(sample, MetricsText.value(metrics, sample));
        }
        return counts;
    }

    /** What the stored writes of a round cost in storing queries, barriers and validations. */
    static String writePath(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new LinkedHashMap<>();
        after.forEach((sample, value) -> d.put(sample, value - before.get(sample)));
        double stored = d.get(STORED_WRITES);
        // Ratios over at least one, so that a round that stored nothing prints 0 stored, not a division by zero.
        double perWrite = Math.max(1, stored);
        return String.format("%.0f writes stored by %.0f queries (%.2f per query; %.0f refused, %.0f moved), "
                        + "%.2f barriers and %.2f validations per stored write (%.0f whole)",
                stored, d.get(STORED_QUERIES), stored / Math.max(1, d.get(STORED_QUERIES)), d.get(REFUSED_QUERIES),
                d.get(MOVED_QUERIES), d.get(BARRIERS) / perWrite, (d.get(BY_PARTS) + d.get(WHOLE)) / perWrite, d.get(WHOLE));
    }

    /** A measured run, with the CPU time each process used during it (read from the operating system). */
    static Run measured(int editors, int edits, String prefix, IntFunction<String> paragraphs, Edit edit) throws Exception {
        Map<String, Long> before = cpuMillis();
        Run run = drive(editors, edits, prefix, paragraphs, edit);
        Map<String, Long> after = cpuMillis();
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((process, ms) -> used.put(process, ms - before.getOrDefault(process, 0L)));
        return run.withCpu(used);
    }

    /**
     * CPU milliseconds so far of the service and eXist-db without their JIT compilers, of both servers' JIT
     * compilers ("JIT"), and of this driver (all its threads). The compilers are counted apart because a JVM
     * compiles for minutes under load: that CPU is the cost of a fresh start, not of an edit.
     */
    static Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        cpu.put("JIT", 0L);
        ProcessHandle.allProcesses().forEach(p -> {
            String line = p.info().commandLine().orElse("");
            String name = line.contains("target/quarkus-app/quarkus-run.jar") ? "service"
                    : line.contains("org.exist.jetty.JettyStart") ? "eXist-db" : null;
            if (name != null) {
                long jit = compilerMillis(p.pid());
                p.info().totalCpuDuration().ifPresent(d -> cpu.put(name, d.toMillis() - jit));
                cpu.merge("JIT", jit, Long::sum);
            }
        });
        ProcessHandle.current().info().totalCpuDuration().ifPresent(d -> cpu.put("driver", d.toMillis()));
        return cpu;
    }

    /** CPU milliseconds so far of the process's live JIT compiler threads (Linux: /proc; 0 elsewhere). */
    static long compilerMillis(long pid) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        String stat = Files.readString(task.resolve("stat"));
                        // Fields after the parenthesised name: state is the 3rd, utime the 14th, stime the 15th.
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException e) {
                    // The thread ended between the listing and the read: its time is gone with it.
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10; // clock ticks of 10 ms (USER_HZ = 100 on Linux)
    }

    interface Edit {
        /** @return the latency of each write attempt, and whether each was a conflict */
        List<long[]> run(int editor, String paragraph, String word) throws Exception;
    }

    /** Paragraphs of chapter 11 (two editors to a paragraph), which {@link ReplaceCostBenchmark} warms up on. */
    static final IntFunction<String> WARM_UP = editor -> "ch11-p" + (50 + editor / 2);
    /** The paragraphs the service's run and the conditional floor edit, each in its own copy of the draft. */
    static final IntFunction<String> MEASURED = editor -> "ch12-p" + (30 + editor / 2);
    /** The paragraphs the bare update edits, in the floor's copy, where the conditional floor edits {@link #MEASURED}. */
    static final IntFunction<String> MEASURED_BARE = editor -> "ch12-p" + (40 + editor / 2);

    static Run drive(int editors, int edits, String prefix, IntFunction<String> paragraphs, Edit edit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> editLatencies = Collections.synchronizedList(new ArrayList<>());
        int[] conflicts = new int[1];
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            int editor = e;
            String paragraph = paragraphs.apply(editor);
            work.add(pool.submit(() -> {
                for (int k = 0; k < edits; k++) {
                    long total = 0;
                    for (long[] attempt : edit.run(editor, paragraph, prefix + editor + "x" + k + "z")) {
                        latencies.add(attempt[0]);
                        total += attempt[0];
                        if (attempt[1] == 1) {
                            synchronized (conflicts) {
                                conflicts[0]++;
                            }
                        }
                    }
                    editLatencies.add(total);
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            // Also on a failure, so that the JVM ends with the editors that are still running.
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(editors * edits, conflicts[0], seconds, latencies, editLatencies, Map.of());
    }

    /** Edits of the edition at {@code edition} through the service, even editors as editor1, odd ones as editor2. */
    static Edit throughService(String edition, Map<String, String> tokens, Map<String, List<String>> acknowledged) {
        return (editor, paragraph, word) -> serviceEdit(edition, tokens.get(editor % 2 == 0 ? "editor1" : "editor2"),
                paragraph, word, acknowledged);
    }

    /**
     * One editor's edit as the project's own editor makes it: read the paragraph, write it with the word
     * added; on 412, add the word to the current paragraph the answer carries and write again.
     */
    static List<long[]> serviceEdit(String edition, String token, String paragraph, String word,
                                     Map<String, List<String>> acknowledged) throws Exception {
        List<long[]> attempts = new ArrayList<>();
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(edition + "/fragments/" + paragraph))
                .header("Authorization", "Bearer " + token).GET());
        if (read.statusCode() != 200) {
            throw new IllegalStateException("GET " + paragraph + ": " + read.statusCode() + " " + read.body());
        }
        String current = read.body();
        String version = read.headers().firstValue("ETag").orElseThrow();
        while (true) {
            String xml = current.replaceFirst("</p>$", " " + word + "</p>");
            long t = System.nanoTime();
            HttpResponse<String> write = send(HttpRequest.newBuilder(URI.create(edition + "/fragments/" + paragraph))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/tei+xml")
                    .header("If-Match", version)
                    .PUT(HttpRequest.BodyPublishers.ofString(xml)));
            long latency = System.nanoTime() - t;
            if (write.statusCode() == 204) {
                attempts.add(new long[] {latency, 0});
                acknowledged.computeIfAbsent(paragraph, p -> Collections.synchronizedList(new ArrayList<>())).add(word);
                return attempts;
            }
            if (write.statusCode() != 412) {
                throw new IllegalStateException("Unexpected " + write.statusCode() + ": " + write.body());
            }
            attempts.add(new long[] {latency, 1});
            var conflict = JSON.readTree(write.body());
            current = conflict.path("current").asText();
            version = "\"" + conflict.path("currentVersion").asText() + "\"";
        }
    }

    static final String FLOOR_EDIT = """
            declare variable $fragment external;
            declare variable $word external;
            let $meta := doc('/db/editio/bench/meta.xml')
            return util:exclusive-lock($meta,
                let $p := id($fragment, doc('/db/editio/bench/draft.xml'))
                return (update insert text { ' ' || $word } into $p, <ok/>))""";

    static List<long[]> existEdit(String exist, String auth, String paragraph, String word) throws Exception {
        long t = System.nanoTime();
        existQuery(exist, auth, ExistQuery.of(FLOOR_EDIT).bind("fragment", paragraph).bind("word", word));
        return List.of(new long[] {System.nanoTime() - t, 0});
    }

    /** The element with its version (a hash of its serialization, as the service's), read under the edition's lock. */
    static final String FLOOR_READ = """
            declare variable $fragment external;
            let $meta := doc('/db/editio/bench/meta.xml')
            return util:shared-lock($meta,
                let $xml := serialize(id($fragment, doc('/db/editio/bench/draft.xml')))
                return <fragment version="{util:hash($xml, 'sha-1')}">{ $xml }</fragment>)""";

    /** Check-then-replace under the edition's exclusive lock; a stale write gets the element as it is now. */
    static final String FLOOR_REPLACE = """
            declare variable $fragment external;
            declare variable $expected external;
            declare variable $new external;
            let $meta := doc('/db/editio/bench/meta.xml')
            return util:exclusive-lock($meta,
                let $p := id($fragment, doc('/db/editio/bench/draft.xml'))
                let $xml := serialize($p)
                let $version := util:hash($xml, 'sha-1')
                return
                    if ($version ne $expected) then <fragment version="{$version}">{ $xml }</fragment>
                    else (update replace $p with $new, <stored/>))""";

    /**
     * The service's edit made straight against eXist-db, as a client without the service would make it:
     * read the paragraph and its version, replace it if it is still that version (else add the word to the
     * paragraph as it is now, and try again). No validation, history or durability barrier.
     */
    static List<long[]> existConditionalEdit(String exist, String auth, String paragraph, String word) throws Exception {
        List<long[]> attempts = new ArrayList<>();
        XdmNode current = RootElement.of(PARSER.parse(existQuery(exist, auth,
                ExistQuery.of(FLOOR_READ).bind("fragment", paragraph)).getBytes(StandardCharsets.UTF_8)));
        while (true) {
            String xml = current.getStringValue().replaceFirst("</p>$", " " + word + "</p>");
            long t = System.nanoTime();
            String answer = existQuery(exist, auth, ExistQuery.of(FLOOR_REPLACE).bind("fragment", paragraph)
                    .bind("expected", current.getAttributeValue(new net.sf.saxon.s9api.QName("version")))
                    .bindElement("new", xml));
            long latency = System.nanoTime() - t;
            if (answer.startsWith("<stored")) {
                attempts.add(new long[] {latency, 0});
                return attempts;
            }
            attempts.add(new long[] {latency, 1});
            current = RootElement.of(PARSER.parse(answer.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Applies every change after r0, in order, to the text as it was at r0; the result must be the final text. */
    static boolean replayMatches(String service, String token, long r0, String after) throws Exception {
        XdmNode text = PARSER.parse(send(HttpRequest.newBuilder(URI.create(service + EDITION + "/history/" + r0))
                .header("Authorization", "Bearer " + token).GET()).body().getBytes(StandardCharsets.UTF_8));
        DraftPatcher patcher = new DraftPatcher(SAXON);
        long last = Long.parseLong(send(HttpRequest.newBuilder(URI.create(service + EDITION + "/history?size=1"))
                .header("Authorization", "Bearer " + token).GET()).body().replaceAll("(?s).*?\"revision\":(\\d+).*", "$1"));
        for (long rev = r0 + 1; rev <= last; rev++) {
            HttpResponse<String> change = send(HttpRequest.newBuilder(URI.create(service + EDITION + "/changes/" + rev))
                    .header("Authorization", "Bearer " + token).GET());
            if (change.statusCode() == 404) {
                continue;
            }
            if (change.statusCode() != 200) {
                throw new IllegalStateException("Change " + rev + ": " + change.statusCode() + " " + change.body());
            }
            var json = JSON.readTree(change.body());
            String fragment = json.path("change").path("fragment").asText();
            XdmNode element = RootElement.of(PARSER.parse(json.path("after").asText().getBytes(StandardCharsets.UTF_8)));
            text = patcher.replace(text, element, new Editor("bench", "bench"));
        }
        XdmNode finalText = PARSER.parse(after.getBytes(StandardCharsets.UTF_8));
        var xpath = SAXON.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        xpath.declareVariable(new net.sf.saxon.s9api.QName("a"));
        xpath.declareVariable(new net.sf.saxon.s9api.QName("b"));
        var same = xpath.compile("deep-equal($a//tei:text, $b//tei:text)").load();
        same.setVariable(new net.sf.saxon.s9api.QName("a"), text);
        same.setVariable(new net.sf.saxon.s9api.QName("b"), finalText);
        return same.effectiveBooleanValue();
    }

    static String fragment(String tei, String xmlId) {
        Matcher m = Pattern.compile("<p[^>]*xml:id=\"" + Pattern.quote(xmlId) + "\"[^>]*>.*?</p>", Pattern.DOTALL).matcher(tei);
        return m.find() ? m.group() : "";
    }

    static String existQuery(String exist, String auth, ExistQuery query) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(exist + "/rest/db"))
                .header("Authorization", auth).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(query.toRequestBody())));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("eXist-db: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=editio-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/editio/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).body();
        return body.replaceAll("(?s).*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
