package dev.wfi.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HMAC key that signs and checks the emulator's tokens: 256 random bits, base64 on one line, in a
 * file only its owner can read (mode 600). {@code wfi token} and {@code wfi serve} agree because they
 * resolve the same file ({@link EmulatorOptions#signingKeyFile()}); the first of them to run creates it.
 */
final class SigningKey {
    private static final int BYTES = 32;

    private SigningKey() {
    }

    static byte[] loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(dev.wfi.contract.InputText.read(file, 4096).strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IOException(file + ": not a signing key (expected base64 of 32 bytes)");
        }
        if (key.length < BYTES) {
            throw new IOException(file + ": the signing key is shorter than 256 bits");
        }
        return key;
    }

    /**
     * Written beside the target and linked into place, so a concurrent {@code wfi token} sees no half-written
     * key, and the loser of a race keeps the winner's key (a link, unlike a rename, never replaces a file).
     */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir, ownerOnly("rwx------"));
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(dir, ".signing-key", ".tmp", ownerOnly("rw-------"));
        try {
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Owner-only permissions where the file system has POSIX modes; elsewhere the platform's defaults. */
    static FileAttribute<?>[] ownerOnly(String mode) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))};
        }
        return new FileAttribute<?>[0];
    }
}
