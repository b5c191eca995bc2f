package dev.wfi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code wfi simulate} saw: per scenario, the requests sent and the protocol violations; latencies over all. */
final class SimulateReport {

    private final Map<SimulateScenario, List<String>> failures = new LinkedHashMap<>();
    private final Map<SimulateScenario, Integer> requests = new LinkedHashMap<>();
    private long[] latencies = new long[1024];
    private int count;
    private long elapsedNanos;

    void scenario(SimulateScenario scenario) {
        failures.putIfAbsent(scenario, new ArrayList<>());
        requests.putIfAbsent(scenario, 0);
    }

    void sent(SimulateScenario scenario, long nanos) {
        requests.merge(scenario, 1, Integer::sum);
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    /** A violation; only the first 20 of a scenario are kept, the rest are counted. */
    void fail(SimulateScenario scenario, String reason) {
        List<String> list = failures.get(scenario);
        if (list.size() < 20) {
            list.add(reason);
        } else if (list.size() == 20) {
            list.add("... more violations left out");
        }
    }

    void elapsed(long nanos) {
        this.elapsedNanos = nanos;
    }

    boolean passed() {
        return failures.values().stream().allMatch(List::isEmpty);
    }

    void printTerminal(PrintWriter out, String target, boolean colour) {
        out.println("simulating Shifts against " + target);
        for (Map.Entry<SimulateScenario, List<String>> entry : failures.entrySet()) {
            boolean ok = entry.getValue().isEmpty();
            String verdict = ok ? paint("pass", "32", colour) : paint("FAIL", "31", colour);
            out.printf(Locale.ROOT, "%-10s %-4s  %d requests%n", entry.getKey().label(), verdict, requests.get(entry.getKey()));
            for (String reason : entry.getValue()) {
                out.println("    " + reason);
            }
        }
        out.printf(Locale.ROOT, "%d requests in %.1f s: %.0f requests/s, latency p50 %.1f ms, p99 %.1f ms%n",
                count, elapsedNanos / 1e9, perSecond(), percentile(50), percentile(99));
        out.println(passed() ? "the endpoint follows the callback protocol" : "the endpoint violates the callback protocol");
    }

    void printJson(PrintWriter out, String target) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("target", target);
        root.put("passed", passed());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Map.Entry<SimulateScenario, List<String>> entry : failures.entrySet()) {
            ObjectNode scenario = scenarios.addObject();
            scenario.put("name", entry.getKey().label());
            scenario.put("passed", entry.getValue().isEmpty());
            scenario.put("requests", requests.get(entry.getKey()));
            ArrayNode reasons = scenario.putArray("failures");
            entry.getValue().forEach(reasons::add);
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("requests", count);
        totals.put("seconds", Math.round(elapsedNanos / 1e6) / 1e3);
        totals.put("requestsPerSecond", Math.round(perSecond()));
        totals.put("p50Ms", Math.round(percentile(50) * 100) / 100.0);
        totals.put("p99Ms", Math.round(percentile(99) * 100) / 100.0);
        out.println(root.toPrettyString());
    }

    private double perSecond() {
        return elapsedNanos == 0 ? 0 : count / (elapsedNanos / 1e9);
    }

    /** Nearest-rank percentile of the request latencies, in milliseconds. */
    double percentile(int p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static String paint(String text, String code, boolean colour) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
