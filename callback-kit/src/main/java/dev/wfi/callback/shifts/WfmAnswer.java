package dev.wfi.callback.shifts;

/**
 * What a WFM endpoint answered to a {@link ShiftsCall}.
 *
 * @param status the HTTP status
 * @param body the body as UTF-8 text; only its first {@code limit} bytes when it was longer
 * @param cut the body was longer than the client's limit and was not read further
 * @param limit the client's limit in bytes
 */
public record WfmAnswer(int status, String body, boolean cut, int limit) {
}
