package dev.wfi.emulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code --data} directory, held by one emulator at a time: an exclusive lock on {@value #LOCK_FILE} is taken
 * before anything in it is read, since a second emulator would replay and rewrite the journal while the first
 * goes on appending to the file it replaced, and every write acknowledged afterwards would be lost. The lock file
 * names the holder's pid; the lock goes with the process, even after {@code kill -9}. The directory holds the
 * integrations' secrets, so it is owner-only: created so, and tightened when found looser.
 */
final class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = "wfi.lock";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** Another emulator holds the directory. */
    static final class InUseException extends FileSystemException {
        InUseException(Path dir, String pid) {
            super(dir.toString(), null, "in use by another wfi serve (pid " + pid + ")");
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if missing, takes its lock, then makes it owner-only.
     *
     * @throws InUseException when another emulator holds it; nothing in it has been read or changed
     */
    static DataDirectory lock(Path dir, ServerLog log) throws IOException {
        Files.createDirectories(dir, SigningKey.ownerOnly("rwx------"));
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE),
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE), SigningKey.ownerOnly("rw-------"));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new InUseException(dir, holder);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            tighten(dir, log);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new DataDirectory(channel, lock);
    }

    /** Makes an existing directory owner-only, saying so; warns when it cannot. */
    private static void tighten(Path dir, ServerLog log) {
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view == null) {
            return; // no POSIX modes here: the platform's defaults hold
        }
        try {
            Set<PosixFilePermission> mode = view.readAttributes().permissions();
            if (OWNER_ONLY.containsAll(mode)) {
                return;
            }
            view.setPermissions(OWNER_ONLY);
            log.line(dir + ": mode " + PosixFilePermissions.toString(mode) + " tightened to rwx------ (the journal holds the integrations' secrets)");
        } catch (IOException e) {
            log.line(dir + ": others may read it and this user cannot change its mode; the journal holds the integrations' secrets");
        }
    }

    /** The pid the holder wrote, or "unknown" while it has not yet. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(32);
            channel.read(bytes, 0);
            String pid = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
    }
}
