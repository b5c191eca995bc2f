package dev.wfi.contract;

/**
 * A contract file that cannot be read or is not a valid contract. The message names the file and
 * says what is wrong, so that it can be shown to a user as is.
 */
public final class ContractException extends Exception {
    private static final long serialVersionUID = 1L;

    public ContractException(String message) {
        super(message);
    }

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
