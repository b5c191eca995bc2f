package dev.wfi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One request {@code wfi simulate} plays and what the protocol demands of its answer.
 *
 * @param path the endpoint under {@code {url}/v{apiVersion}}, for example {@code /teams/T/update}
 * @param label what the request is, for the report ("create shift")
 * @param body the plaintext JSON, encrypted before sending
 * @param passthrough the {@code X-MS-WFMPassthrough} header, or null
 * @param ids the request ids the answer must echo, once each (empty for /connect)
 * @param whole the items form one transaction: all approved or all rejected
 * @param tampered the body's tag is corrupted: a connector that decrypts must not answer 200
 */
record SimulateExchange(String path, String label, JsonNode body, String passthrough, List<String> ids,
        boolean whole, boolean tampered) {

    boolean isBatch() {
        return !ids.isEmpty();
    }

    boolean isRead() {
        return path.endsWith("/read");
    }
}
