package dev.wfi.report;

/** Escaping for text that comes from documents: it is data, never markup, in whatever form it lands. */
public final class Escape {

    private Escape() {
    }

    /**
     * Characters that change how the text around them is shown without being seen themselves: bidirectional
     * controls (a right-to-left override makes {@code txt.exe} read as {@code exe.txt}), zero-width characters and
     * the byte order mark. Every form shows them as a visible escape: backslash, u, four hex digits (U+202E).
     */
    static boolean isInvisibleFormat(char c) {
        return c == '\u061c' || c >= '\u200b' && c <= '\u200f' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2060' && c <= '\u2064' || c >= '\u2066' && c <= '\u2069' || c == '\ufeff';
    }

    /** The visible form of an invisible format character: U+202E is shown as the six characters backslash-u202E. */
    static String visible(char c) {
        return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }

    /** Text safe in HTML element content and in quoted attribute values. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisibleFormat(c)) {
                out.append(visible(c));
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text safe in a Markdown table cell or heading: markup characters are backslash-escaped, HTML is turned
     * into entities (so raw HTML never reaches a renderer) and line breaks become spaces (a row is one line).
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisibleFormat(c)) {
                out.append('\\').append(visible(c)); // the backslash itself escaped, so Markdown shows it
                continue;
            }
            switch (c) {
                case '\\', '|', '`', '*', '_', '[', ']', '~' -> out.append('\\').append(c);
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        return out.toString();
    }

    /** Text safe on a terminal: control characters (escape sequences included) cannot reach it. */
    public static String terminal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (isInvisibleFormat(c)) {
                out.append(visible(c));
            } else if (Character.isISOControl(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
