package dev.wfi.callback.jetty;

/** The JSON body of an answer the server gives before the application sees the request (a malformed or slow one). */
@FunctionalInterface
public interface ErrorBody {

    /** {@code {"error":{"code","message"}}}, as the callback filter answers its own refusals. */
    ErrorBody PLAIN = (status, code, message) -> "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";

    /**
     * @param code a camelCase name of the status ({@code badRequest}, {@code requestTimeout}...), never user input
     * @param message a sentence from the server, never user input, with no character that JSON must escape
     */
    String json(int status, String code, String message);
}
