package dev.wfi.interop;

import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Hands the SDK a token the emulator issued. Azure identity's provider wants https and a real tenant; Kiota's
 * bearer provider takes any {@link AccessTokenProvider}, and like Azure's this one gives the token only to its host.
 */
final class EmulatorToken implements AccessTokenProvider {
    private final String token;
    private final AllowedHostsValidator hosts;

    EmulatorToken(String token, URI emulator) {
        this.token = Objects.requireNonNull(token);
        this.hosts = new AllowedHostsValidator(emulator.getHost());
    }

    @Override
    public String getAuthorizationToken(URI uri, Map<String, Object> additionalAuthenticationContext) {
        return hosts.isUrlHostValid(uri) ? token : "";
    }

    @Override
    public AllowedHostsValidator getAllowedHostsValidator() {
        return hosts;
    }
}
