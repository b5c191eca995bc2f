package dev.wfi.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a user names, read as text with a bound on the bytes actually read: a device such as {@code /dev/zero}
 * reports a size of 0 and never ends, so its reported size cannot be trusted. Pipes are read (a spec can come
 * through {@code <(...)}), directories are refused, and the text must be strict UTF-8.
 */
public final class InputText {

    /** The most a spec or payload argument may hold; our own contract is about 0.25 MiB. */
    public static final int MAX_SPEC_BYTES = 16 << 20;

    private InputText() {
    }

    /**
     * Reads the file.
     *
     * @throws IOException with a message fit for {@code wfi: <path>: <message>}: a directory, more than
     *     {@code maxBytes}, not UTF-8, or the I/O error itself
     */
    public static String read(Path file, int maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IOException("larger than " + size(maxBytes) + ", the most wfi reads of one file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes >= 1 << 10 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
