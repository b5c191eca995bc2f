package dev.wfi.emulator;

import java.util.Set;

/**
 * What a verified token allows and who holds it.
 *
 * @param scopes the token's {@code scp} (delegated) or {@code roles} (application) permissions
 * @param application an app-only token ({@code wfi token --app})
 * @param principalId the user's {@code oid} or the application's {@code appid}
 * @param displayName the user's {@code name} or the application's {@code app_displayname}
 */
record Grant(Set<String> scopes, boolean application, String principalId, String displayName) {
    Grant {
        scopes = Set.copyOf(scopes);
    }
}
