package dev.wfi.report;

/**
 * A GitHub Actions workflow command that annotates a line of a pull request:
 * {@code ::error file=F,line=L,col=C,title=T::message}. Escaped as the Actions runner unescapes: {@code %}, CR and LF
 * everywhere, and {@code :} and {@code ,} in the properties too, so a document's text can never end a command early
 * or start another.
 */
public final class GithubAnnotation {

    private GithubAnnotation() {
    }

    /**
     * One annotation line, without its line break. {@code line} and {@code column} are 1-based; 0 leaves them out
     * (an annotation on the file).
     */
    public static String line(Severity severity, String file, int line, int column, String title, String message) {
        StringBuilder command = new StringBuilder("::").append(command(severity))
                .append(" file=").append(property(file.replace('\\', '/')));
        if (line > 0) {
            command.append(",line=").append(line);
            if (column > 0) {
                command.append(",col=").append(column);
            }
        }
        return command.append(",title=").append(property(title)).append("::").append(data(message)).toString();
    }

    /** GitHub's names for the three severities. */
    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** The message part: {@code %}, CR and LF are percent-encoded. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as the message, and {@code :} and {@code ,}, which end a property, too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
