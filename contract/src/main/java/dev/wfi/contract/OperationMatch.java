package dev.wfi.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The operation of the contract that a method and URL address.
 *
 * @param operationId the contract's operation id, for example {@code updateWorkforceIntegration}
 * @param method the HTTP method in upper case
 * @param pathTemplate the contract's path, for example {@code /teamwork/workforceIntegrations/{workforceIntegrationId}}
 * @param pathParameters values of the path's parameters as written in the URL (placeholders such as
 *     {@code {workforceIntegrationId}} included)
 * @param requestSchema the component schema of the JSON request body, if the operation has one
 * @param responses every numeric status the contract declares, with the component schema of its JSON body
 * @param successStatuses the declared 2xx statuses
 * @param scopes OAuth2 scopes that grant the operation, in the order the contract lists them; empty on the WFM side
 * @param grants the same scopes by security scheme ({@code delegated}, {@code application}), in the contract's order:
 *     on the Shifts API the schemes grant different scopes ({@code Group.ReadWrite.All} is delegated only), so a
 *     token's scopes must be judged against its own scheme's
 * @param side {@code graph} (served by Microsoft Graph) or {@code wfm} (served by the vendor, called by Shifts)
 * @param versionSegment what the URL holds where the version belongs: {@code v1.0}, {@code beta},
 *     {@code v1}, {@code {apiVersion}}, or {@code ""} when the URL has none. On a Graph host every
 *     segment before the resource path is reported as is (for example {@code docs\api}), so that a
 *     caller can report a version other than {@code v1.0} or {@code beta} as a defect of the URL.
 */
public record OperationMatch(
        String operationId,
        String method,
        String pathTemplate,
        Map<String, String> pathParameters,
        Optional<String> requestSchema,
        SortedMap<Integer, Optional<String>> responses,
        Set<Integer> successStatuses,
        List<String> scopes,
        Map<String, List<String>> grants,
        String side,
        String versionSegment) {

    public OperationMatch {
        pathParameters = Map.copyOf(pathParameters);
        responses = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(responses));
        successStatuses = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(successStatuses));
        scopes = List.copyOf(scopes);
        java.util.LinkedHashMap<String, List<String>> ordered = new java.util.LinkedHashMap<>();
        grants.forEach((scheme, granted) -> ordered.put(scheme, List.copyOf(granted)));
        grants = java.util.Collections.unmodifiableMap(ordered);
    }
}
