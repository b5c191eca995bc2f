package dev.wfi.callback.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The format checked by a second implementation: the openssl command line does every AES and HMAC step,
 * and the Bond frame is assembled and taken apart by hand here, not by {@link CompactBinary}.
 */
class OpensslInteropTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SECRET = "k7Yq2LmZ8pR4sT1vW9xB3nC6dF0gH5jK2LmZ8pR4sT1vW9xB3nC6dF0gH5jKq7Ya".getBytes(StandardCharsets.UTF_8);
    private static final String PLAINTEXT = "{\"requests\":[{\"id\":\"SHFT_1\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_1\","
            + "\"body\":{\"note\":\"" + "x".repeat(200) + "\"}}]}";

    @BeforeAll
    static void needsOpenssl() {
        Assumptions.assumeTrue(run(new byte[0], "openssl", "version").length > 0, "openssl is not installed");
    }

    @Test
    void decryptsABodyBuiltWithOpenssl() throws Exception {
        byte[] dataKey = HEX.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        byte[] iv = HEX.parseHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        byte[] ciphertext = openssl(PLAINTEXT.getBytes(StandardCharsets.UTF_8), "enc", "-aes-256-cbc",
                "-K", HEX.formatHex(dataKey), "-iv", HEX.formatHex(iv));
        byte[] wrappedKey = openssl(dataKey, "enc", "-aes-256-ecb", "-nopad",
                "-K", HEX.formatHex(Arrays.copyOfRange(SECRET, 32, 64)));
        byte[] frame = frameWith(SECRET, wrappedKey, iv, ciphertext);

        assertEquals(PLAINTEXT, new String(CallbackCipher.forSecret(SECRET).decrypt(frame), StandardCharsets.UTF_8));
    }

    @Test
    void itsBodiesDecryptWithOpenssl() throws Exception {
        byte[] frame = CallbackCipher.forSecret(SECRET).encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8));
        Cursor envelope = new Cursor(frame);
        envelope.expect(0x10);
        envelope.expect(0x02); // zigzag(1)
        envelope.expect(0x2b);
        envelope.expect(0x0e);
        Cursor payload = new Cursor(envelope.take(envelope.varint()));
        envelope.expect(0x00);
        assertEquals(frame.length, envelope.position);
        byte[][] fields = new byte[4][];
        for (int id = 0; id < 4; id++) {
            payload.expect(id << 5 | 0x0b);
            payload.expect(0x0e);
            fields[id] = payload.take(payload.varint());
        }
        payload.expect(0x00);

        byte[] expectedTag = hmac(SECRET, concat(aad(), fields[0], fields[1], fields[2]));
        assertArrayEquals(expectedTag, fields[3]);
        byte[] dataKey = openssl(fields[0], "enc", "-d", "-aes-256-ecb", "-nopad",
                "-K", HEX.formatHex(Arrays.copyOfRange(SECRET, 32, 64)));
        byte[] plaintext = openssl(fields[2], "enc", "-d", "-aes-256-cbc", "-K", HEX.formatHex(dataKey),
                "-iv", HEX.formatHex(fields[1]));
        assertEquals(PLAINTEXT, new String(plaintext, StandardCharsets.UTF_8));
    }

    /** A frame assembled byte by byte, tagged with openssl's HMAC. */
    static byte[] frameWith(byte[] secret, byte[] wrappedKey, byte[] iv, byte[] ciphertext) {
        byte[] tag = hmac(secret, concat(aad(), wrappedKey, iv, ciphertext));
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        byte[][] fields = {wrappedKey, iv, ciphertext, tag};
        for (int id = 0; id < fields.length; id++) {
            payload.write(id << 5 | 0x0b); // field id, BT_LIST
            payload.write(0x0e); // element type BT_INT8
            varint(payload, fields[id].length);
            payload.writeBytes(fields[id]);
        }
        payload.write(0);
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        envelope.write(0x10); // field 0, BT_INT32
        envelope.write(0x02); // zigzag(1)
        envelope.write(0x2b); // field 1, BT_LIST
        envelope.write(0x0e);
        varint(envelope, payload.size());
        envelope.writeBytes(payload.toByteArray());
        envelope.write(0);
        return envelope.toByteArray();
    }

    private static byte[] aad() {
        return concat("AES-256-CBC-HMAC-SHA256".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 0, 0, 0});
    }

    private static byte[] hmac(byte[] secret, byte[] data) {
        return openssl(data, "dgst", "-sha256", "-binary", "-mac", "HMAC",
                "-macopt", "hexkey:" + HEX.formatHex(Arrays.copyOfRange(secret, 0, 32)));
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        while (value >= 0x80) {
            out.write(value & 0x7f | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] openssl(byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        byte[] out = run(input, command.toArray(String[]::new));
        if (out.length == 0 && input.length > 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " printed nothing");
        }
        return out;
    }

    private static byte[] run(byte[] input, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().write(input);
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed");
            }
            return out;
        } catch (IOException e) {
            return new byte[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        void expect(int value) {
            assertEquals(value, bytes[position] & 0xff, "byte " + position);
            position++;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[position++] & 0xff;
                value |= (b & 0x7f) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
        }

        byte[] take(int length) {
            byte[] value = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return value;
        }
    }
}
