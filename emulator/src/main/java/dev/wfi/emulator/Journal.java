package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The append-only record of every acknowledged write under {@code --data}: one JSON object per line
 * ({@code {"op":"put","seq":N,"value":{...}}} or {@code {"op":"delete","id":"..."}}), in a file only its
 * owner can read, since values hold the integrations' secrets.
 *
 * <p>A write is acknowledged only after {@link #sync} has forced its bytes to disk. Concurrent writers share
 * a force (group commit): each appends under a short lock, then waits until some force has covered its
 * position, so eight writers cost about one fsync, not eight.
 *
 * <p>After {@code kill -9} (or a power cut) the last line may be incomplete; it was never acknowledged,
 * so it is dropped, the file is cut back to the last whole record, and the log says so. A damaged line
 * before the end is not a torn write but damage: opening fails rather than guess.
 */
final class Journal implements AutoCloseable {
    static final String FILE_NAME = "journal.jsonl";

    private final FileChannel channel;
    private final Object appendLock = new Object();
    private final Object syncLock = new Object();
    private long appended;
    private volatile long synced;

    private Journal(FileChannel channel, long size) {
        this.channel = channel;
        this.appended = size;
        this.synced = size;
    }

    /** A journal that keeps nothing: the emulator without {@code --data}. */
    static Journal inMemory() {
        return new Journal(null, 0);
    }

    /** The records of {@code dir}'s journal, in order; a torn last record is dropped and reported. */
    static List<ObjectNode> replay(Path dir, ServerLog log) throws IOException {
        return replay(dir, FILE_NAME, log);
    }

    /** The records of the journal {@code fileName} in {@code dir} (the schedules have their own), as {@link #replay(Path, ServerLog)}. */
    static List<ObjectNode> replay(Path dir, String fileName, ServerLog log) throws IOException {
        Path file = dir.resolve(fileName);
        List<ObjectNode> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int line = 0;
        while (start < bytes.length) {
            line++;
            int end = indexOf(bytes, (byte) '\n', start);
            boolean last = end < 0 || end == bytes.length - 1;
            ObjectNode record = parse(bytes, start, end < 0 ? bytes.length : end);
            if (record == null || end < 0) {
                if (!last) {
                    throw new IOException(file + ": line " + line + " is damaged; the journal cannot be replayed");
                }
                log.line(file + ": dropped an incomplete last record (" + (bytes.length - start)
                        + " bytes, never acknowledged: the previous run stopped while writing it)");
                truncate(file, start);
                break;
            }
            records.add(record);
            start = end + 1;
        }
        return records;
    }

    /**
     * Opens the journal for appending; when {@code compacted} is given the file is first replaced
     * atomically by those records (the live state after a replay), so it does not grow without bound.
     */
    static Journal open(Path dir, Collection<ObjectNode> compacted) throws IOException {
        return open(dir, FILE_NAME, compacted);
    }

    /** The journal {@code fileName} in {@code dir}, as {@link #open(Path, Collection)}. */
    static Journal open(Path dir, String fileName, Collection<ObjectNode> compacted) throws IOException {
        Files.createDirectories(dir, SigningKey.ownerOnly("rwx------"));
        Path file = dir.resolve(fileName);
        if (compacted != null) {
            Path temp = dir.resolve(fileName + ".tmp");
            Files.deleteIfExists(temp);
            try (FileChannel out = FileChannel.open(temp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), SigningKey.ownerOnly("rw-------"))) {
                for (ObjectNode record : compacted) {
                    writeFully(out, line(record));
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else if (!Files.exists(file)) {
            Files.createFile(file, SigningKey.ownerOnly("rw-------"));
        }
        syncDirectory(dir); // the file's name must survive a crash as well as its bytes
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        return new Journal(channel, channel.size());
    }

    /** Appends one record; returns the position {@link #sync} must reach for it to be durable. */
    long append(ObjectNode record) {
        if (channel == null) {
            return 0;
        }
        ByteBuffer bytes = line(record);
        synchronized (appendLock) {
            try {
                channel.position(appended);
                writeFully(channel, bytes);
                appended = channel.position();
            } catch (IOException e) {
                throw new JournalException("cannot append to the journal", e);
            }
            return appended;
        }
    }

    /** Returns once every byte up to {@code position} is on disk. */
    void sync(long position) {
        if (channel == null || synced >= position) {
            return;
        }
        synchronized (syncLock) {
            if (synced >= position) {
                return; // another writer's force covered this record
            }
            long target;
            synchronized (appendLock) {
                target = appended;
            }
            try {
                channel.force(false); // fdatasync: the data and the file size, which an append changes
            } catch (IOException e) {
                throw new JournalException("cannot force the journal to disk", e);
            }
            synced = target;
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // every acknowledged record was forced already
            }
        }
    }

    /** An I/O failure of the journal: the write is not acknowledged. */
    static final class JournalException extends RuntimeException {
        JournalException(String message, IOException cause) {
            super(message, cause);
        }
    }

    private static ObjectNode parse(byte[] bytes, int from, int to) {
        try {
            JsonNode node = Json.MAPPER.readTree(new String(bytes, from, to - from, StandardCharsets.UTF_8));
            return node instanceof ObjectNode object && object.hasNonNull("op") ? object : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static ByteBuffer line(ObjectNode record) {
        try {
            return ByteBuffer.wrap((Json.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal record does not serialise", e);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
            channel.force(true);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some platforms cannot open a directory; the file's own force still holds its bytes
        }
    }
}
