package dev.wfi.callback.crypto;

/**
 * A callback body the kit refuses to decrypt. The message names what is wrong with the frame; it never
 * carries the secret, a key or any plaintext.
 */
public final class CallbackRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a body was refused; {@link #code()} is the stable name used in error responses. */
    public enum Reason {
        SECRET_LENGTH("invalidSecret"),
        UNKNOWN_KEY_ID("unknownKeyId"),
        BAD_TAG("badTag"),
        TRUNCATED_FRAME("truncatedFrame"),
        MALFORMED_FRAME("malformedFrame"),
        PADDING("badPadding");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    CallbackRejectedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
