package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's session in a docs repository ({@code $ git -C docs-repo ...}, then {@code $ ./wfi errata ...}): this test
 * builds {@code docs-repo} as the README says (two Portuguese pages of the corpus committed on main, one line changed
 * on a branch) and runs every command of the session, comparing what each prints with the README.
 */
class ReadmeChangedPagesTest {

    private static final String SESSION_START = "```\n$ git -C docs-repo ";

    @TempDir
    Path temp;

    @Test
    void theReadmeSessionPrintsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf(SESSION_START);
        assertTrue(start >= 0, "no docs-repo session in the README");
        String session = readme.substring(start + 4, readme.indexOf("\n```", start + 4) + 1);

        DocsRepository docs = DocsRepository.withPages(temp.resolve("docs-repo"), "shift-get.md", "shift-delete.md")
                .committed();
        docs.git("checkout", "-q", "-b", "quotes");
        docs.edit("shift-get.md", DocsRepository.SHIFT_ID, DocsRepository.SHIFT_ID_TYPOGRAPHIC);
        docs.git("commit", "-q", "-am", "an id in typographic quotes");

        List<String[]> commands = new ArrayList<>();
        List<StringBuilder> shown = new ArrayList<>();
        for (String line : session.split("\n")) {
            if (line.startsWith("$ ")) {
                commands.add(line.substring(2).split(" "));
                shown.add(new StringBuilder());
            } else if (!shown.isEmpty()) {
                shown.get(shown.size() - 1).append(line).append('\n');
            }
        }
        assertTrue(commands.size() >= 3, session);
        for (int i = 0; i < commands.size(); i++) {
            String[] command = commands.get(i);
            String expected = shown.get(i).toString();
            String printed;
            if (command[0].equals("git") && command[1].equals("-C") && command[2].equals("docs-repo")) {
                printed = docs.git(Arrays.copyOfRange(command, 3, command.length));
            } else {
                assertEquals("./wfi", command[0], String.join(" ", command));
                String[] args = Arrays.stream(command).skip(1)
                        .map(arg -> arg.equals("docs-repo") ? docs.root.toString() : arg).toArray(String[]::new);
                Run run = Run.wfi(new Wfi(), args);
                printed = run.out();
            }
            assertEquals(expected, printed, String.join(" ", command));
        }
    }
}
