package kz.kepil.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running portal: a fixed number of clients send requests back to back (a closed loop, no
 * think time) for a warm-up and then a measured period, scenario after scenario, in one run against the
 * same server. The first scenario is the trivial {@code /api/v1/platform/ping}: the floor that the HTTP
 * stack, JAX-RS and JSON cost on this machine, against which the search scenarios are read.
 *
 * <pre>
 * SearchLoad [--base=http://localhost:8383] [--threads=32] [--warmup=15] [--duration=45] [--out=target/search-bench]
 *            [--launcher-pid=N] [--scenarios=ping,text,filters,deep,mixed] [--label=…]
 * </pre>
 *
 * Latency is measured from just before sending to the end of reading the body; percentiles are exact
 * (every latency is kept and sorted). With {@code --launcher-pid} the CPU time the portal's JVM and the
 * database used during each measured period is read from the operating system, per request. Results go
 * to {@code search-load.json}, {@code search-load.csv} and {@code search-load.md} in the output folder.
 */
public final class SearchLoad {

    /** Texts people type, in Russian, Kazakh and English, some with brands, a few that find nothing. */
    static final String[] QUERIES = {
            "подгузники", "подгузники для взрослых", "подгузники детские", "коляска комнатная", "кресло-коляска",
            "коляска прогулочная детская", "катетер", "калоприёмник", "пелёнки впитывающие", "трость", "часы говорящие",
            "санаторий", "глюкометр", "ноутбук", "поручень", "слуховой аппарат",
            "жаялық", "жөргектер", "кресло-арба", "бөлмеге арналған кресло-арба", "шипажайы", "сағаты", "несеп қабылдағыш",
            "wheelchair", "diapers", "adult diapers size M", "electric wheelchair", "catheter", "talking watch",
            "braille display", "sanatorium", "sign language",
            "Seni", "Ortonica Base", "Tena Slip", "Otto Bock", "HumanWare", "xyzzy нет такого"};
    static final String[] CATEGORIES = {"HYGIENE_MEANS", "WHEELCHAIRS", "TYPHLOTECHNICAL", "SURDOTECHNICAL",
            "SANATORIUM_TREATMENT", "PERSONAL_ASSISTANT", "SIGN_LANGUAGE_SPECIALIST", "SPECIAL_SOCIAL_SERVICES"};
    static final String[] SORTS = {"price", "top_up", "delivery", "price_desc"};
    static final String[] TOP_UPS = {"0", "500", "5000", "50000"};

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private record Scenario(String name, String description, String expect, Function<Random, String> path) {
    }

    private record Result(String name, String description, long requests, long errors, double seconds, long[] sortedNanos,
                          double meanTotal, double zeroHitShare, double meanBytes, Double serverCpuMsPerRequest,
                          Double dbCpuMsPerRequest, double clientCpuMsPerRequest, double machineBusyCores,
                          Double otherCores, String loadBefore, String loadAfter, String firstError) {

        double throughput() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
        }

        double maxMs() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        double meanMs() {
            return sortedNanos.length == 0 ? Double.NaN : Arrays.stream(sortedNanos).average().orElse(0) / 1e6;
        }
    }

    private final Map<String, String> options;
    private final String base;
    private final int threads;
    private final Duration warmup;
    private final Duration duration;
    private final HttpClient client;
    private List<String> regions = List.of("KZ-75", "KZ-71", "KZ-79", "KZ-19", "KZ-35");

    private SearchLoad(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://localhost:8383");
        this.threads = Integer.parseInt(options.getOrDefault("threads", "32"));
        this.warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "15")));
        this.duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "45")));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        new SearchLoad(options).run();
    }

    private void run() throws Exception {
        regions = fetchRegions().orElse(regions);
        Map<String, Scenario> all = scenarios();
        List<String> wanted = List.of(options.getOrDefault("scenarios", String.join(",", all.keySet())).split(","));
        Path out = Path.of(options.getOrDefault("out", "target/search-bench"));
        Files.createDirectories(out);
        System.out.printf(Locale.ROOT, "%s: %d clients, %d s warm-up + %d s measured per scenario, %d cores, load %s%n",
                base, threads, warmup.toSeconds(), duration.toSeconds(), Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        List<Result> results = new ArrayList<>();
        for (String name : wanted) {
            Scenario s = all.get(name.trim());
            if (s == null) {
                throw new IllegalArgumentException("no scenario " + name + "; there are " + all.keySet());
            }
            Result r = measure(s);
            results.add(r);
            System.out.printf(Locale.ROOT, "%-8s %7d req %8.1f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms"
                            + "  errors %d  portal CPU %s ms/req  machine busy %.2f cores, others %s%n",
                    r.name(), r.requests(), r.throughput(), r.percentileMs(0.50), r.percentileMs(0.95), r.percentileMs(0.99),
                    r.maxMs(), r.errors(), r.serverCpuMsPerRequest() == null ? "?" : fmt(r.serverCpuMsPerRequest()),
                    r.machineBusyCores(), r.otherCores() == null ? "?" : String.format(Locale.ROOT, "%.2f", r.otherCores()));
            if (r.firstError() != null) {
                System.out.println("         first error: " + r.firstError());
            }
        }
        String markdown = markdown(results);
        System.out.println();
        System.out.print(markdown);
        Files.writeString(out.resolve("search-load.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("search-load.json"), json(results), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("search-load.csv"), csv(results), StandardCharsets.UTF_8);
        System.out.println("results in " + out.toAbsolutePath());
    }

    private Map<String, Scenario> scenarios() {
        Map<String, Scenario> s = new java.util.LinkedHashMap<>();
        s.put("ping", new Scenario("ping", "GET /api/v1/platform/ping: no database, a constant answer", "\"ok\"",
                r -> "/api/v1/platform/ping"));
        s.put("text", new Scenario("text", "text queries (ru/kk/en, brands, a few without hits), 1 in 4 in a region, first page",
                "\"total\"", this::text));
        s.put("filters", new Scenario("filters", "category and region, maxTopUp or noTopUp, sorted by price/top-up/delivery,"
                + " half with a text", "\"total\"", this::filters));
        s.put("deep", new Scenario("deep", "browsing without text or with a broad word, sorted, pages 5–50 of 20",
                "\"total\"", this::deep));
        s.put("mixed", new Scenario("mixed", "40 % text, 40 % filters, 20 % deep pages", "\"total\"",
                r -> switch (r.nextInt(5)) {
                    case 0, 1 -> text(r);
                    case 2, 3 -> filters(r);
                    default -> deep(r);
                }));
        return s;
    }

    private String text(Random r) {
        String path = "/api/v1/products?q=" + enc(QUERIES[r.nextInt(QUERIES.length)]);
        if (r.nextInt(4) == 0) {
            path += "&region=" + regions.get(r.nextInt(regions.size()));
        }
        return path;
    }

    private String filters(Random r) {
        StringBuilder p = new StringBuilder("/api/v1/products?category=").append(CATEGORIES[r.nextInt(CATEGORIES.length)])
                .append("&region=").append(regions.get(r.nextInt(regions.size())));
        if (r.nextBoolean()) {
            p.append("&q=").append(enc(QUERIES[r.nextInt(QUERIES.length)]));
        }
        int topUp = r.nextInt(3);
        if (topUp == 0) {
            p.append("&noTopUp=true");
        } else if (topUp == 1) {
            p.append("&maxTopUp=").append(TOP_UPS[r.nextInt(TOP_UPS.length)]);
        }
        return p.append("&sort=").append(SORTS[r.nextInt(SORTS.length)]).toString();
    }

    private String deep(Random r) {
        StringBuilder p = new StringBuilder("/api/v1/products?sort=").append(SORTS[r.nextInt(SORTS.length)])
                .append("&page=").append(5 + r.nextInt(46)).append("&size=20");
        switch (r.nextInt(3)) {
            case 0 -> p.append("&q=").append(enc(r.nextBoolean() ? "подгузники" : "wheelchair"));
            case 1 -> p.append("&category=").append(CATEGORIES[r.nextInt(2)]);
            default -> p.append("&region=").append(regions.get(r.nextInt(regions.size())));
        }
        return p.toString();
    }

    private Result measure(Scenario scenario) throws InterruptedException {
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        long[] errors = new long[threads];
        long[] totals = new long[threads];
        long[] zeroHits = new long[threads];
        long[] bytes = new long[threads];
        String[] firstError = new String[threads];
        long warmupEnds = System.nanoTime() + warmup.toNanos();
        long ends = warmupEnds + duration.toNanos();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int me = t;
            latencies[me] = new long[1 << 14];
            Thread worker = new Thread(() -> {
                Random random = new Random(31L * me + scenario.name().hashCode());
                try {
                    while (true) {
                        String path = scenario.path().apply(random);
                        long start = System.nanoTime();
                        if (start >= ends) {
                            break;
                        }
                        String failure = null;
                        String body = "";
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            body = response.body();
                            if (response.statusCode() != 200 || !body.contains(scenario.expect())) {
                                failure = response.statusCode() + " " + path + " " + body.substring(0, Math.min(200, body.length()));
                            }
                        } catch (IOException e) {
                            failure = e + " " + path;
                        }
                        long end = System.nanoTime();
                        if (start < warmupEnds || end > ends) {
                            continue;
                        }
                        if (counts[me] == latencies[me].length) {
                            latencies[me] = Arrays.copyOf(latencies[me], latencies[me].length * 2);
                        }
                        latencies[me][counts[me]++] = end - start;
                        bytes[me] += body.length();
                        if (failure != null) {
                            errors[me]++;
                            if (firstError[me] == null) {
                                firstError[me] = failure;
                            }
                        } else {
                            Matcher m = TOTAL.matcher(body);
                            if (m.find()) {
                                long total = Long.parseLong(m.group(1));
                                totals[me] += total;
                                zeroHits[me] += total == 0 ? 1 : 0;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + scenario.name() + "-" + me);
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(Math.max(0, (warmupEnds - System.nanoTime()) / 1_000_000));
        String loadBefore = Machine.loadAverage();
        Optional<Duration> serverBefore = Machine.cpuOf(options.get("launcher-pid"), "payara-micro");
        Optional<Duration> dbBefore = Machine.cpuOf(options.get("launcher-pid"), "mariadbd", "mysqld");
        Duration clientBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long[] machineBefore = Machine.jiffies();
        Thread.sleep(Math.max(0, (ends - System.nanoTime()) / 1_000_000));
        long[] machineAfter = Machine.jiffies();
        Optional<Duration> serverAfter = Machine.cpuOf(options.get("launcher-pid"), "payara-micro");
        Optional<Duration> dbAfter = Machine.cpuOf(options.get("launcher-pid"), "mariadbd", "mysqld");
        Duration clientAfter = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        String loadAfter = Machine.loadAverage();
        done.await();

        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        long errorCount = Arrays.stream(errors).sum();
        long ok = n - errorCount;
        // The machine's busy share from /proc/stat, in cores; what processes used beyond this client, the
        // portal and the database was used by other processes.
        int cores = Runtime.getRuntime().availableProcessors();
        long inProcesses = machineAfter[0] - machineBefore[0];
        long inInterrupts = machineAfter[1] - machineBefore[1];
        long elapsed = machineAfter[2] - machineBefore[2];
        double busyCores = elapsed <= 0 ? Double.NaN : (double) (inProcesses + inInterrupts) / elapsed * cores;
        double processCores = elapsed <= 0 ? Double.NaN : (double) inProcesses / elapsed * cores;
        Double ours = serverBefore.isEmpty() || serverAfter.isEmpty() || dbBefore.isEmpty() || dbAfter.isEmpty() ? null
                : (serverAfter.get().minus(serverBefore.get()).plus(dbAfter.get().minus(dbBefore.get()))
                .plus(clientAfter.minus(clientBefore)).toNanos() / (double) duration.toNanos());
        Double otherCores = ours == null || Double.isNaN(processCores) ? null : Math.max(0, processCores - ours);
        return new Result(scenario.name(), scenario.description(), n, errorCount, duration.toNanos() / 1e9, all,
                ok == 0 ? 0 : (double) Arrays.stream(totals).sum() / ok, ok == 0 ? 0 : (double) Arrays.stream(zeroHits).sum() / ok,
                n == 0 ? 0 : (double) Arrays.stream(bytes).sum() / n,
                perRequest(serverBefore, serverAfter, n), perRequest(dbBefore, dbAfter, n),
                n == 0 ? 0 : clientAfter.minus(clientBefore).toNanos() / 1e6 / n, busyCores, otherCores, loadBefore, loadAfter,
                Arrays.stream(firstError).filter(e -> e != null).findFirst().orElse(null));
    }

    private static Double perRequest(Optional<Duration> before, Optional<Duration> after, int requests) {
        if (before.isEmpty() || after.isEmpty() || requests == 0) {
            return null;
        }
        return after.get().minus(before.get()).toNanos() / 1e6 / requests;
    }

    private Optional<List<String>> fetchRegions() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/regions")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            List<String> codes = new ArrayList<>();
            Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"(KZ-\\d+)\"").matcher(response.body());
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes.isEmpty() ? Optional.empty() : Optional.of(codes);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String markdown(List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("| Scenario | Requests | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | Errors |"
                + " Portal CPU (ms/req) | Client CPU (ms/req) | Other processes (cores) |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %s | %s | %s | %d | %s | %.2f | %s |%n", r.name(),
                    r.requests(), r.throughput(), fmt(r.percentileMs(0.50)), fmt(r.percentileMs(0.95)),
                    fmt(r.percentileMs(0.99)), fmt(r.maxMs()), r.errors(),
                    r.serverCpuMsPerRequest() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.serverCpuMsPerRequest()),
                    r.clientCpuMsPerRequest(), r.otherCores() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.otherCores())));
        }
        return b.toString();
    }

    private String json(List<Result> results) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"base\": \"").append(base).append("\",\n");
        b.append("  \"at\": \"").append(Instant.now()).append("\",\n");
        b.append("  \"label\": \"").append(escape(options.getOrDefault("label", ""))).append("\",\n");
        b.append("  \"threads\": ").append(threads).append(",\n");
        b.append("  \"warmupSeconds\": ").append(warmup.toSeconds()).append(",\n");
        b.append("  \"measuredSeconds\": ").append(duration.toSeconds()).append(",\n");
        b.append("  \"cores\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
        b.append("  \"scenarios\": [\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            b.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"description\": \"%s\", \"requests\": %d, \"errors\": %d,"
                            + " \"throughputPerSecond\": %.1f, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f,"
                            + " \"meanMs\": %.2f, \"meanTotalHits\": %.1f, \"zeroHitShare\": %.3f, \"meanResponseChars\": %.0f,"
                            + " \"portalCpuMsPerRequest\": %s, \"dbCpuMsPerRequest\": %s, \"clientCpuMsPerRequest\": %.3f,"
                            + " \"machineBusyCores\": %.2f, \"otherProcessesCores\": %s,"
                            + " \"loadBefore\": \"%s\", \"loadAfter\": \"%s\", \"firstError\": %s}%s%n",
                    r.name(), escape(r.description()), r.requests(), r.errors(), r.throughput(), r.percentileMs(0.50),
                    r.percentileMs(0.95), r.percentileMs(0.99), r.maxMs(), r.meanMs(), r.meanTotal(), r.zeroHitShare(),
                    r.meanBytes(), jsonNumber(r.serverCpuMsPerRequest()), jsonNumber(r.dbCpuMsPerRequest()),
                    r.clientCpuMsPerRequest(), r.machineBusyCores(), jsonNumber(r.otherCores()), r.loadBefore(), r.loadAfter(),
                    r.firstError() == null ? "null" : "\"" + escape(r.firstError()) + "\"", i + 1 < results.size() ? "," : ""));
        }
        return b.append("  ]\n}\n").toString();
    }

    private static String csv(List<Result> results) {
        StringBuilder b = new StringBuilder("scenario,requests,errors,throughput_per_s,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,"
                + "portal_cpu_ms_per_req,db_cpu_ms_per_req,client_cpu_ms_per_req,mean_total_hits,machine_busy_cores,other_cores\n");
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "%s,%d,%d,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%s,%s,%.3f,%.1f,%.2f,%s%n", r.name(), r.requests(),
                    r.errors(), r.throughput(), r.percentileMs(0.50), r.percentileMs(0.95), r.percentileMs(0.99), r.maxMs(),
                    r.meanMs(), r.serverCpuMsPerRequest() == null ? "" : jsonNumber(r.serverCpuMsPerRequest()),
                    r.dbCpuMsPerRequest() == null ? "" : jsonNumber(r.dbCpuMsPerRequest()), r.clientCpuMsPerRequest(), r.meanTotal(),
                    r.machineBusyCores(), r.otherCores() == null ? "" : String.format(Locale.ROOT, "%.2f", r.otherCores())));
        }
        return b.toString();
    }

    private static String jsonNumber(Double d) {
        return d == null ? "null" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String fmt(double ms) {
        return Double.isNaN(ms) ? "–" : ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
