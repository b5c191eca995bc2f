package dev.wfi.callback.crypto;

import dev.wfi.callback.crypto.CallbackRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts the bodies Shifts sends to a WFM service, as the public reference connector
 * does (Aes256CbcHmacSha256Encryptor): the 64-byte secret is an HMAC-SHA256 key (bytes 0..32) and a
 * key-encryption key (bytes 32..64); each body has a random 32-byte data key, wrapped with AES-256-ECB
 * without padding, and a random IV; the payload is AES-256-CBC/PKCS7 under the data key; the tag is
 * HMAC-SHA256 over {@code "AES-256-CBC-HMAC-SHA256" || int32le(keyId) || wrappedKey || iv || ciphertext};
 * the body is the Bond CompactBinary frame described in {@link CompactBinary}.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} never shows the secret.
 */
public final class CallbackCipher {

    /** The only key id Shifts uses. */
    public static final int KEY_ID = 1;
    public static final int SECRET_BYTES = 64;

    private static final byte[] ALGORITHM = "AES-256-CBC-HMAC-SHA256".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = aad(KEY_ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec authenticationKey;
    private final SecretKeySpec keyEncryptionKey;

    private CallbackCipher(byte[] secret) {
        this.authenticationKey = new SecretKeySpec(secret, 0, 32, "HmacSHA256");
        this.keyEncryptionKey = new SecretKeySpec(secret, 32, 32, "AES");
    }

    /** The cipher for the integration's {@code encryption.secret}: its UTF-8 bytes must be exactly 64. */
    public static CallbackCipher forSecret(String secret) throws CallbackRejectedException {
        return forSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The secret as a file holds it: one line, its line break not part of it. At most 4 KiB is read, whatever size the
     * file reports ({@code /dev/zero} reports 0), so a wrong file is a wrong secret, not an out-of-memory error.
     */
    public static String readSecretFile(java.nio.file.Path file) throws java.io.IOException {
        byte[] bytes;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            bytes = in.readNBytes(4096);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    public static CallbackCipher forSecret(byte[] secret) throws CallbackRejectedException {
        if (secret.length != SECRET_BYTES) {
            throw new CallbackRejectedException(Reason.SECRET_LENGTH,
                    "the shared secret must be exactly 64 bytes (UTF-8), found " + secret.length);
        }
        return new CallbackCipher(secret);
    }

    /** The frame Shifts would send for {@code plaintext}, with a fresh data key and IV. */
    public byte[] encrypt(byte[] plaintext) {
        byte[] dataKey = new byte[32];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(dataKey);
        RANDOM.nextBytes(iv);
        try {
            return encrypt(plaintext, dataKey, iv);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The plaintext of a frame, after the key id, the tag and the padding have been checked. */
    public byte[] decrypt(byte[] frame) throws CallbackRejectedException {
        CompactBinary.Envelope envelope = CompactBinary.readEnvelope(frame);
        if (envelope.keyId() != KEY_ID) {
            throw new CallbackRejectedException(Reason.UNKNOWN_KEY_ID,
                    "unknown key id " + envelope.keyId() + " (Shifts uses key id " + KEY_ID + ")");
        }
        CompactBinary.Payload payload = CompactBinary.readPayload(envelope.ciphertext());
        byte[] expected = tag(payload.wrappedKey(), payload.iv(), payload.ciphertext());
        // MessageDigest.isEqual is constant-time in the length of the expected tag
        if (!MessageDigest.isEqual(expected, payload.tag())) {
            throw new CallbackRejectedException(Reason.BAD_TAG,
                    "the authentication tag does not match: wrong secret, or the body was altered");
        }
        if (payload.wrappedKey().length != 32 || payload.iv().length != 16) {
            throw new CallbackRejectedException(Reason.MALFORMED_FRAME, "malformed frame: the wrapped key must be 32 bytes"
                    + " and the IV 16, found " + payload.wrappedKey().length + " and " + payload.iv().length);
        }
        byte[] dataKey = null;
        try {
            Cipher unwrap = Cipher.getInstance("AES/ECB/NoPadding");
            unwrap.init(Cipher.DECRYPT_MODE, keyEncryptionKey);
            dataKey = unwrap.doFinal(payload.wrappedKey());
            Cipher cbc = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cbc.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new IvParameterSpec(payload.iv()));
            return cbc.doFinal(payload.ciphertext());
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw new CallbackRejectedException(Reason.PADDING,
                    "the ciphertext does not decrypt to PKCS#7-padded data (" + payload.ciphertext().length + " bytes)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES or HmacSHA256", e);
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /** Encryption with a given data key and IV: the independent-format tests need it; Shifts never repeats one. */
    byte[] encrypt(byte[] plaintext, byte[] dataKey, byte[] iv) {
        try {
            Cipher cbc = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cbc.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new IvParameterSpec(iv));
            byte[] ciphertext = cbc.doFinal(plaintext);
            Cipher wrap = Cipher.getInstance("AES/ECB/NoPadding");
            wrap.init(Cipher.ENCRYPT_MODE, keyEncryptionKey);
            byte[] wrappedKey = wrap.doFinal(dataKey);
            byte[] tag = tag(wrappedKey, iv, ciphertext);
            byte[] payload = CompactBinary.writePayload(new CompactBinary.Payload(wrappedKey, iv.clone(), ciphertext, tag));
            return CompactBinary.writeEnvelope(new CompactBinary.Envelope(KEY_ID, payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES or HmacSHA256", e);
        }
    }

    private byte[] tag(byte[] wrappedKey, byte[] iv, byte[] ciphertext) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(authenticationKey);
            mac.update(AAD);
            mac.update(wrappedKey);
            mac.update(iv);
            mac.update(ciphertext);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    private static byte[] aad(int keyId) {
        byte[] aad = Arrays.copyOf(ALGORITHM, ALGORITHM.length + 4);
        for (int i = 0; i < 4; i++) {
            aad[ALGORITHM.length + i] = (byte) (keyId >>> (8 * i));
        }
        return aad;
    }

    @Override
    public String toString() {
        return "CallbackCipher[AES-256-CBC-HMAC-SHA256, key id " + KEY_ID + ", secret hidden]";
    }
}
