package dev.wfi.contract;

/**
 * A Graph URL that no operation matches but one nearly does: what the URL must change to address it.
 *
 * @param method the operation's method
 * @param pathTemplate the operation's path, for example {@code /teams/{teamId}/schedule/shifts/{shiftId}}
 * @param operationId the operation's id
 * @param difference what differs, as a writer reads it ("the segment 'shift' where the contract has 'shifts'")
 * @param fixedUrl the URL as it addresses the operation: the page's own host, version and values, corrected
 */
public record NearMiss(String method, String pathTemplate, String operationId, String difference, String fixedUrl) {
}
