package dev.wfi.callback.crypto;

import dev.wfi.callback.crypto.CallbackRejectedException.Reason;
import java.io.ByteArrayOutputStream;

/**
 * Bond CompactBinary v1 for exactly the two structs of a Shifts callback body. No maintained Bond
 * library for Java is on Maven Central, so this codec knows these two schemas and nothing else:
 *
 * <pre>
 * struct EncryptionManagerPayload   { 0: required int32 KeyID; 1: required blob Ciphertext; }
 * struct AesCbcHmacEncryptorPayload { 0: blob EK; 1: blob IV; 2: blob CT; 3: blob AT; }
 * </pre>
 *
 * Wire format, as Bond's {@code CompactBinaryWriter} (protocol version 1, the default) writes a struct
 * with {@code Serialize.To}: no marshal header, no length prefix, the fields in id order, then BT_STOP.
 * <ul>
 * <li>field header: one byte {@code id << 5 | type} for ids 0..5 (ours are 0..3); type BT_INT32 = 16,
 *     BT_LIST = 11, BT_STOP = 0 (a zero byte ends the struct);</li>
 * <li>int32: zigzag ({@code (n << 1) ^ (n >> 31)}), then an unsigned LEB128 varint (7 bits a byte, low
 *     first, high bit = more);</li>
 * <li>blob: Bond's {@code list<int8>}: one byte element type BT_INT8 = 14 (v1: the top three bits are
 *     zero), a varint count, then the bytes. BT_UINT8 = 3 is accepted on read, as Bond accepts it.</li>
 * </ul>
 * So key id 1 with ciphertext {@code 0xAB 0xCD} is {@code 10 02 2B 0E 02 AB CD 00}. Reading is strict:
 * every field present once, with its schema type, nothing after BT_STOP; anything else is malformed.
 */
final class CompactBinary {

    static final int BT_STOP = 0;
    static final int BT_STOP_BASE = 1;
    static final int BT_UINT8 = 3;
    static final int BT_LIST = 11;
    static final int BT_INT8 = 14;
    static final int BT_INT32 = 16;

    record Envelope(int keyId, byte[] ciphertext) {
    }

    record Payload(byte[] wrappedKey, byte[] iv, byte[] ciphertext, byte[] tag) {
    }

    private CompactBinary() {
    }

    static byte[] writeEnvelope(Envelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(envelope.ciphertext().length + 16);
        out.write(BT_INT32);
        writeVarint(out, (envelope.keyId() << 1) ^ (envelope.keyId() >> 31));
        writeBlob(out, 1, envelope.ciphertext());
        out.write(BT_STOP);
        return out.toByteArray();
    }

    static byte[] writePayload(Payload payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.ciphertext().length + 128);
        writeBlob(out, 0, payload.wrappedKey());
        writeBlob(out, 1, payload.iv());
        writeBlob(out, 2, payload.ciphertext());
        writeBlob(out, 3, payload.tag());
        out.write(BT_STOP);
        return out.toByteArray();
    }

    static Envelope readEnvelope(byte[] frame) throws CallbackRejectedException {
        Reader reader = new Reader(frame, "envelope");
        Integer keyId = null;
        byte[] ciphertext = null;
        for (int header = reader.fieldHeader(); header != BT_STOP; header = reader.fieldHeader()) {
            int id = header >>> 5;
            int type = header & 0x1f;
            if (id == 0 && type == BT_INT32 && keyId == null) {
                keyId = reader.int32();
            } else if (id == 1 && type == BT_LIST && ciphertext == null) {
                ciphertext = reader.blob();
            } else {
                throw reader.unexpected(id, type);
            }
        }
        reader.end();
        if (keyId == null || ciphertext == null) {
            throw malformed("envelope: " + (keyId == null ? "field 0 (key id)" : "field 1 (ciphertext)") + " is missing");
        }
        return new Envelope(keyId, ciphertext);
    }

    static Payload readPayload(byte[] frame) throws CallbackRejectedException {
        Reader reader = new Reader(frame, "payload");
        byte[][] fields = new byte[4][];
        for (int header = reader.fieldHeader(); header != BT_STOP; header = reader.fieldHeader()) {
            int id = header >>> 5;
            int type = header & 0x1f;
            if (id > 3 || type != BT_LIST || fields[id] != null) {
                throw reader.unexpected(id, type);
            }
            fields[id] = reader.blob();
        }
        reader.end();
        String[] names = {"wrapped key", "IV", "ciphertext", "tag"};
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                throw malformed("payload: field " + i + " (" + names[i] + ") is missing");
            }
        }
        return new Payload(fields[0], fields[1], fields[2], fields[3]);
    }

    private static void writeBlob(ByteArrayOutputStream out, int id, byte[] value) {
        out.write(id << 5 | BT_LIST);
        out.write(BT_INT8);
        writeVarint(out, value.length);
        out.write(value, 0, value.length);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static CallbackRejectedException malformed(String message) {
        return new CallbackRejectedException(Reason.MALFORMED_FRAME, "malformed frame: " + message);
    }

    private static final class Reader {
        private final byte[] bytes;
        private final String struct;
        private int position;

        Reader(byte[] bytes, String struct) {
            this.bytes = bytes;
            this.struct = struct;
        }

        int fieldHeader() throws CallbackRejectedException {
            int header = u8();
            int idBits = header >>> 5;
            if (idBits >= 6) {
                // ids above 5 exist in Bond, not in these schemas
                throw malformed(struct + ": field id above 5 at byte " + (position - 1));
            }
            if (header == BT_STOP_BASE) {
                throw malformed(struct + ": unexpected base-struct marker at byte " + (position - 1));
            }
            return header;
        }

        int int32() throws CallbackRejectedException {
            long raw = varint(5);
            if (raw > 0xffffffffL) {
                throw malformed(struct + ": int32 out of range at byte " + position);
            }
            int zigzag = (int) raw;
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        byte[] blob() throws CallbackRejectedException {
            int elementType = u8();
            if (elementType != BT_INT8 && elementType != BT_UINT8) {
                throw malformed(struct + ": a blob's element type must be int8 (14), found " + elementType
                        + " at byte " + (position - 1));
            }
            long count = varint(5);
            if (count > bytes.length - position) {
                throw truncated(struct + ": a blob of " + count + " bytes has only " + (bytes.length - position) + " left");
            }
            byte[] value = new byte[(int) count];
            System.arraycopy(bytes, position, value, 0, value.length);
            position += value.length;
            return value;
        }

        void end() throws CallbackRejectedException {
            if (position != bytes.length) {
                throw malformed(struct + ": " + (bytes.length - position) + " bytes after the end of the struct");
            }
        }

        CallbackRejectedException unexpected(int id, int type) {
            return malformed(struct + ": unexpected field " + id + " of type " + type + " at byte " + (position - 1));
        }

        private long varint(int maxBytes) throws CallbackRejectedException {
            long value = 0;
            for (int i = 0; i < maxBytes; i++) {
                int b = u8();
                value |= (long) (b & 0x7f) << (7 * i);
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw malformed(struct + ": varint longer than " + maxBytes + " bytes at byte " + position);
        }

        private int u8() throws CallbackRejectedException {
            if (position >= bytes.length) {
                throw truncated(struct + ": ends at byte " + bytes.length + " before BT_STOP");
            }
            return bytes[position++] & 0xff;
        }

        private static CallbackRejectedException truncated(String message) {
            return new CallbackRejectedException(Reason.TRUNCATED_FRAME, "truncated frame: " + message);
        }
    }
}
