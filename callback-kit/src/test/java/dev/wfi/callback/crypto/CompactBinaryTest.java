package dev.wfi.callback.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wfi.callback.crypto.CallbackRejectedException.Reason;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CompactBinaryTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void writesTheEnvelopeAsBondCompactBinaryV1() {
        byte[] frame = CompactBinary.writeEnvelope(new CompactBinary.Envelope(1, new byte[] {(byte) 0xab, (byte) 0xcd}));
        assertEquals("1002" + "2b0e02abcd" + "00", HEX.formatHex(frame));
    }

    @Test
    void writesThePayloadFieldsInIdOrder() {
        byte[] frame = CompactBinary.writePayload(new CompactBinary.Payload(
                new byte[] {1}, new byte[] {2, 2}, new byte[0], new byte[] {4}));
        assertEquals("0b0e0101" + "2b0e020202" + "4b0e00" + "6b0e0104" + "00", HEX.formatHex(frame));
    }

    @Test
    void writesLongBlobLengthsAsVarints() {
        byte[] frame = CompactBinary.writeEnvelope(new CompactBinary.Envelope(-1, new byte[300]));
        // zigzag(-1) = 1; 300 = 0xac 0x02
        assertEquals("1001" + "2b0eac02", HEX.formatHex(frame, 0, 6));
        assertEquals(6 + 300 + 1, frame.length);
    }

    @Property(tries = 200)
    void readsWhatItWrites(@ForAll int keyId, @ForAll @Size(max = 600) byte[] a, @ForAll @Size(max = 40) byte[] b,
            @ForAll @Size(max = 300) byte[] c, @ForAll @Size(max = 40) byte[] d) throws Exception {
        CompactBinary.Envelope envelope = CompactBinary.readEnvelope(
                CompactBinary.writeEnvelope(new CompactBinary.Envelope(keyId, a)));
        assertEquals(keyId, envelope.keyId());
        assertArrayEquals(a, envelope.ciphertext());
        CompactBinary.Payload payload = CompactBinary.readPayload(
                CompactBinary.writePayload(new CompactBinary.Payload(a, b, c, d)));
        assertArrayEquals(a, payload.wrappedKey());
        assertArrayEquals(b, payload.iv());
        assertArrayEquals(c, payload.ciphertext());
        assertArrayEquals(d, payload.tag());
    }

    @Property(tries = 200)
    void rejectsEveryTruncation(@ForAll @Size(max = 100) byte[] ciphertext, @ForAll int cut) {
        byte[] frame = CompactBinary.writeEnvelope(new CompactBinary.Envelope(1, ciphertext));
        byte[] truncated = java.util.Arrays.copyOf(frame, Math.floorMod(cut, frame.length));
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class,
                () -> CompactBinary.readEnvelope(truncated));
        assertEquals(Reason.TRUNCATED_FRAME, rejected.reason());
    }

    @Test
    void acceptsUint8BlobsAsBondDoes() throws Exception {
        assertArrayEquals(new byte[] {7}, CompactBinary.readEnvelope(HEX.parseHex("1002" + "2b030107" + "00")).ciphertext());
    }

    @Test
    void namesWhatIsWrongWithAMalformedFrame() {
        assertMalformed("100200", "malformed frame: envelope: field 1 (ciphertext) is missing");
        assertMalformed("1002" + "2b0e0107" + "00" + "ff", "malformed frame: envelope: 1 bytes after the end of the struct");
        assertMalformed("1002" + "2b0e0107" + "1002" + "00", "malformed frame: envelope: unexpected field 0 of type 16 at byte 6");
        assertMalformed("1002" + "2b090107" + "00", "malformed frame: envelope: a blob's element type must be int8 (14), found 9 at byte 3");
        assertMalformed("10ffffffffff01", "malformed frame: envelope: varint longer than 5 bytes at byte 6");
        assertMalformed("c00a00", "malformed frame: envelope: field id above 5 at byte 0");
        assertMalformed("01", "malformed frame: envelope: unexpected base-struct marker at byte 0");
    }

    @Test
    void rejectsTheEmptyBody() {
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class,
                () -> CompactBinary.readEnvelope(new byte[0]));
        assertEquals("truncated frame: envelope: ends at byte 0 before BT_STOP", rejected.getMessage());
    }

    private static void assertMalformed(String hex, String message) {
        CallbackRejectedException rejected = assertThrows(CallbackRejectedException.class,
                () -> CompactBinary.readEnvelope(HEX.parseHex(hex)));
        assertEquals(Reason.MALFORMED_FRAME, rejected.reason());
        assertEquals(message, rejected.getMessage());
    }
}
