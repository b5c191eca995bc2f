package dev.wfi.callback.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.callback.crypto.CallbackRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackCipherTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Provide
    Arbitrary<byte[]> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofSize(64);
    }

    @Property(tries = 300)
    void decryptsWhatItEncrypts(@ForAll("secrets") byte[] secret, @ForAll @Size(max = 5000) byte[] body) throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(secret);
        assertArrayEquals(body, cipher.decrypt(cipher.encrypt(body)));
    }

    @Property(tries = 300)
    void rejectsEveryFlippedBit(@ForAll("secrets") byte[] secret, @ForAll @Size(max = 200) byte[] body,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int where) throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(secret);
        byte[] frame = cipher.encrypt(body);
        int bit = where % (frame.length * 8);
        frame[bit / 8] ^= (byte) (1 << (bit % 8));
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class, () -> cipher.decrypt(frame));
        // a flip in the framing is caught by the codec, a flip in the key id by the key check, any other by the tag
        assertTrue(EnumSet.of(Reason.BAD_TAG, Reason.MALFORMED_FRAME, Reason.TRUNCATED_FRAME, Reason.UNKNOWN_KEY_ID)
                .contains(rejected.reason()), rejected.reason() + ": " + rejected.getMessage());
    }

    @Test
    void rejectsAFlippedBitInEachPartWithItsReason() throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        byte[] frame = cipher.encrypt("{\"requests\":[]}".getBytes(StandardCharsets.UTF_8));
        // envelope: 10 02 | 2B 0E <varint len> | payload | 00; payload: 0B 0E 20 <32 wrapped key> 2B 0E 10 <16 iv> 4B 0E <len> <ct> 6B 0E 20 <32 tag> 00
        int payloadStart = 5;
        int wrappedKey = payloadStart + 3;
        int iv = wrappedKey + 32 + 3;
        int ciphertext = iv + 16 + 3;
        int tag = frame.length - 1 - 1 - 32;
        assertEquals(Reason.BAD_TAG, flipAt(cipher, frame, wrappedKey + 7).reason());
        assertEquals(Reason.BAD_TAG, flipAt(cipher, frame, iv + 3).reason());
        assertEquals(Reason.BAD_TAG, flipAt(cipher, frame, ciphertext + 1).reason());
        assertEquals(Reason.BAD_TAG, flipAt(cipher, frame, tag + 31).reason());
        assertEquals(Reason.UNKNOWN_KEY_ID, flipAt(cipher, frame, 1).reason());
        assertEquals(Reason.MALFORMED_FRAME, flipAt(cipher, frame, 0).reason());
    }

    private static CallbackRejectedException flipAt(CallbackCipher cipher, byte[] frame, int index) {
        byte[] copy = frame.clone();
        copy[index] ^= 0x04;
        return assertThrows(CallbackRejectedException.class, () -> cipher.decrypt(copy));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 32, 63, 65, 128})
    void rejectsASecretThatIsNot64Bytes(int length) {
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class,
                () -> CallbackCipher.forSecret("x".repeat(length)));
        assertEquals(Reason.SECRET_LENGTH, rejected.reason());
        assertEquals("the shared secret must be exactly 64 bytes (UTF-8), found " + length, rejected.getMessage());
    }

    @Test
    void countsTheSecretInUtf8Bytes() {
        // 63 characters, 64 bytes: one is two bytes in UTF-8
        assertEquals(64, ("é" + "x".repeat(62)).getBytes(StandardCharsets.UTF_8).length);
        assertDoesNotThrow(() -> CallbackCipher.forSecret("é" + "x".repeat(62)));
        assertThrows(CallbackRejectedException.class, () -> CallbackCipher.forSecret("é" + "x".repeat(63)));
    }

    private static void assertDoesNotThrow(org.junit.jupiter.api.function.Executable executable) {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(executable);
    }

    @Test
    void rejectsKeyId2EvenWithAValidTag() throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        byte[] frame = cipher.encrypt("{}".getBytes(StandardCharsets.UTF_8));
        CompactBinary.Envelope envelope = CompactBinary.readEnvelope(frame);
        byte[] keyId2 = CompactBinary.writeEnvelope(new CompactBinary.Envelope(2, envelope.ciphertext()));
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class, () -> cipher.decrypt(keyId2));
        assertEquals(Reason.UNKNOWN_KEY_ID, rejected.reason());
        assertEquals("unknown key id 2 (Shifts uses key id 1)", rejected.getMessage());
    }

    @Test
    void rejectsAnotherSecretsBodyAsBadTag() throws Exception {
        byte[] frame = CallbackCipher.forSecret(SECRET).encrypt("{}".getBytes(StandardCharsets.UTF_8));
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class,
                () -> CallbackCipher.forSecret(SECRET.replace('0', 'Z')).decrypt(frame));
        assertEquals(Reason.BAD_TAG, rejected.reason());
        assertEquals("the authentication tag does not match: wrong secret, or the body was altered", rejected.getMessage());
    }

    @Test
    void rejectsBadPaddingBehindAValidTag() throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        byte[] frame = cipher.encrypt(new byte[16]);
        CompactBinary.Payload payload = CompactBinary.readPayload(CompactBinary.readEnvelope(frame).ciphertext());
        // a ciphertext of one block that is not a padded plaintext, tagged correctly
        byte[] oneBlock = java.util.Arrays.copyOf(payload.ciphertext(), 16);
        byte[] retagged = OpensslInteropTest.frameWith(SECRET.getBytes(StandardCharsets.UTF_8), payload.wrappedKey(),
                payload.iv(), oneBlock);
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class, () -> cipher.decrypt(retagged));
        assertEquals(Reason.PADDING, rejected.reason());
    }

    @Test
    void neverShowsTheSecret() throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        assertFalse(cipher.toString().contains("0123456789"));
        Set<String> messages = new java.util.HashSet<>();
        byte[] frame = cipher.encrypt("secret plaintext".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < frame.length; i++) {
            messages.add(flipAt(cipher, frame, i).getMessage());
        }
        for (String message : messages) {
            assertFalse(message.contains("0123456789") || message.contains("secret plaintext"), message);
        }
    }

    @Test
    void producesAFreshKeyAndIvForEveryBody() throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertFalse(java.util.Arrays.equals(cipher.encrypt(body), cipher.encrypt(body)));
    }
}
