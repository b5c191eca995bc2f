package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.sample.SampleWfmService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Testing against the emulator" sessions, replayed: the sample service and {@code wfi serve}
 * started as its setup block does (on free ports and a temporary data directory instead of 8081, 8080 and
 * wfi-data), then every {@code $ } line of each session run in order (curl by a small interpreter of the options
 * the sessions use, {@code ./wfi token} in process) and its output compared with the README's, and the log lines
 * shown found in what {@code wfi serve} logged. Ids and times are compared by shape; the README leaves out the Date
 * and framing (Content-Length, Transfer-Encoding) headers.
 */
class ReadmeEmulatorSessionTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    private static final Pattern TOKEN = Pattern.compile("(\\w+)=\\$\\(\\./wfi (token [^)]*)\\)");
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=(\\S+)");
    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 201, "Created", 204, "No Content",
            400, "Bad Request", 401, "Unauthorized", 403, "Forbidden", 404, "Not Found");

    @TempDir
    Path dir;

    /** README text to actual, applied to commands; reversed on outputs. Grows with each id the session learns. */
    private final Map<String, String> actual = new LinkedHashMap<>();
    private final Map<String, String> variables = new HashMap<>();

    @Test
    void theSessionPrintsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Testing against the emulator"));
        section = section.substring(0, section.indexOf("\n## "));
        Matcher secret = Pattern.compile("printf '%s' (\\S+) > secret.txt").matcher(section);
        assertTrue(secret.find(), "the setup writes secret.txt");
        assertTrue(section.contains("--secret-file secret.txt --port 8081 &\n./wfi serve --data wfi-data &\n"), "the setup block");
        Path data = dir.resolve("wfi-data");
        try (SampleWfmService wfm = SampleWfmService.start(0, CallbackCipher.forSecret(secret.group(1)), 1 << 20);
             ServeCommandTest.Serving serving = ServeCommandTest.Serving.start("--port", "0", "--data", data.toString())) {
            actual.put("127.0.0.1:8080", "127.0.0.1:" + serving.base().getPort());
            actual.put("127.0.0.1:8081", "127.0.0.1:" + wfm.url().getPort());
            actual.put("wfi-data", data.toString());
            List<String> blocks = blocks(section);
            int steps = 0;
            // the sessions in order, on the same two processes: the workforce integration's, then the Shifts API's
            for (String session : blocks.stream().filter(b -> b.startsWith("$ ")).toList()) {
                for (String[] step : steps(session)) {
                    assertEquals(expected(step[1]), shown(run(step[0])), step[0]);
                    steps++;
                }
            }
            assertTrue(steps >= 18, "steps run: " + steps);
            String startup = blocks.stream().filter(b -> b.startsWith("sample WFM service:")).findFirst().orElseThrow();
            Run stopped = serving.stop();
            assertTrue(startup.endsWith(toReadme(stopped.out())), "wfi serve printed:\n" + stopped.out());
            List<String> logged = toReadme(stopped.err()).lines().map(ReadmeEmulatorSessionTest::masked).toList();
            List<String> logBlocks = blocks.stream().filter(b -> b.startsWith("wfi serve: ")).toList();
            assertEquals(2, logBlocks.size(), "the README shows what wfi serve logs during each session");
            for (String log : logBlocks) {
                List<String> shown = log.lines().map(ReadmeEmulatorSessionTest::masked).toList();
                assertTrue(java.util.Collections.indexOfSubList(logged, shown) >= 0, "wfi serve logged:\n" + stopped.err());
            }
        }
    }

    private String run(String command) throws Exception {
        String mapped = toActual(command);
        Matcher token = TOKEN.matcher(mapped);
        if (token.matches()) {
            Run run = Run.wfi(new Wfi(), token.group(2).split(" "));
            assertEquals(0, run.exitCode(), run.err());
            variables.put(token.group(1), run.out().strip());
            return "";
        }
        Matcher assignment = ASSIGNMENT.matcher(mapped);
        if (assignment.matches()) {
            variables.put(assignment.group(1), assignment.group(2));
            return "";
        }
        return curl(words(mapped));
    }

    /** curl -s [-i] [-X METHOD] [-H HEADER]... [-d DATA] URL, as the session uses it. */
    private static String curl(List<String> words) throws Exception {
        assertEquals("curl", words.get(0));
        boolean include = false;
        String method = null;
        String data = null;
        String url = null;
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            switch (words.get(i)) {
                case "-s" -> { }
                case "-i" -> include = true;
                case "-X" -> method = words.get(++i);
                case "-H" -> headers.add(words.get(++i));
                case "-d" -> data = words.get(++i);
                default -> url = words.get(i);
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method != null ? method : data != null ? "POST" : "GET",
                        data == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(data));
        for (String header : headers) {
            request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
        }
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        StringBuilder out = new StringBuilder();
        if (include) {
            out.append("HTTP/1.1 ").append(response.statusCode()).append(' ').append(REASONS.get(response.statusCode())).append('\n');
            response.headers().map().forEach((name, values) -> values.forEach(v -> out.append(name).append(": ").append(v).append('\n')));
            out.append('\n');
        }
        return out.append(response.body()).toString();
    }

    /**
     * An output as compared: ids and times by shape, header names in lower case and as a set (less the date and
     * the framing headers, which the README leaves out), status line and body lines as they are. Ids seen here
     * are learned for later commands.
     */
    private String shown(String output) {
        String text = toReadme(output);
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!lines.isEmpty() && lines.get(0).startsWith("HTTP/1.1 ")) {
            int blank = lines.indexOf("");
            Set<String> headers = new TreeSet<>();
            for (String header : lines.subList(1, blank < 0 ? lines.size() : blank)) {
                String name = header.substring(0, header.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
                if (!name.equals("date") && !name.equals("content-length") && !name.equals("transfer-encoding")) {
                    headers.add(masked(name + header.substring(header.indexOf(':'))));
                }
            }
            List<String> shape = new ArrayList<>();
            shape.add(lines.get(0));
            shape.addAll(headers);
            lines.subList(blank < 0 ? lines.size() : blank, lines.size()).forEach(l -> shape.add(masked(l)));
            learnIds(text);
            return String.join("\n", shape).strip();
        }
        learnIds(text);
        return masked(text).strip();
    }

    private String expected(String shown) {
        List<String> lines = shown.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("HTTP/1.1 ")) {
            return masked(shown).strip();
        }
        int blank = lines.indexOf("");
        Set<String> headers = new TreeSet<>();
        for (String header : lines.subList(1, blank < 0 ? lines.size() : blank)) {
            headers.add(masked(header.substring(0, header.indexOf(':')).toLowerCase(java.util.Locale.ROOT) + header.substring(header.indexOf(':'))));
        }
        List<String> shape = new ArrayList<>();
        shape.add(lines.get(0));
        shape.addAll(headers);
        lines.subList(blank < 0 ? lines.size() : blank, lines.size()).forEach(l -> shape.add(masked(l)));
        return String.join("\n", shape).strip();
    }

    /** The README's ids are the first run's; the first id of the create's Location stands for this run's. */
    private void learnIds(String output) {
        Matcher location = Pattern.compile("(?i)location: .*/(" + UUID.pattern() + ")").matcher(output);
        if (location.find() && !actual.containsValue(location.group(1))) {
            pendingId = location.group(1);
        }
    }

    private String pendingId;

    private String toActual(String command) {
        Matcher assignment = ASSIGNMENT.matcher(command);
        if (assignment.matches() && UUID.matcher(assignment.group(2)).matches() && pendingId != null) {
            actual.put(assignment.group(2), pendingId); // ID=<the README's id> names the id this run created
            pendingId = null;
        }
        String mapped = command;
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            mapped = mapped.replace(entry.getKey(), entry.getValue());
        }
        return mapped;
    }

    private String toReadme(String output) {
        String text = output;
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            text = text.replace(entry.getValue(), entry.getKey());
        }
        return text;
    }

    private static String masked(String text) {
        return TIME.matcher(UUID.matcher(text).replaceAll("<uuid>")).replaceAll("<time>");
    }

    /** Shell words: '...' literal, "..." and bare words with $NAME expanded. */
    private List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                int end = command.indexOf('"', i + 1);
                word.append(expand(command.substring(i + 1, end)));
                i = end;
            } else if (c == '$') {
                Matcher name = Pattern.compile("\\$(\\w+)").matcher(command).region(i, command.length());
                assertTrue(name.lookingAt(), command);
                word.append(variables.getOrDefault(name.group(1), ""));
                i = name.end() - 1;
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private String expand(String text) {
        Matcher name = Pattern.compile("\\$(\\w+)").matcher(text);
        return name.replaceAll(m -> Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "")));
    }

    /** The fenced blocks of a section, without their fences. */
    private static List<String> blocks(String section) {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    /** Each {@code $ } command (continuation lines joined) and the output shown under it. */
    private static List<String[]> steps(String session) {
        List<String[]> steps = new ArrayList<>();
        String[] lines = session.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("$ ")) {
                continue;
            }
            StringBuilder command = new StringBuilder(lines[i].substring(2));
            while (command.toString().endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines[++i].strip());
            }
            StringBuilder output = new StringBuilder();
            while (i + 1 < lines.length && !lines[i + 1].startsWith("$ ")) {
                output.append(lines[++i]).append('\n');
            }
            steps.add(new String[] {command.toString(), output.toString()});
        }
        return steps;
    }
}
