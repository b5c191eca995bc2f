package dev.wfi.emulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks the emulator's access tokens: JWTs signed with HS256 (nimbus-jose-jwt) under the key
 * of {@link SigningKey}, shaped like Entra ID's tokens for Graph ({@code aud}, {@code tid}, and {@code scp}
 * for delegated or {@code roles} for application permissions) so that clients and their logs look as usual.
 */
public final class TokenIssuer {

    static final String ISSUER = "https://sts.windows.net/" + EmulatorIdentity.TENANT_ID + "/";
    static final String AUDIENCE = "https://graph.microsoft.com";
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /** Longer than any token this issuer writes; a longer header is refused before parsing. */
    static final int MAX_TOKEN_CHARS = 8192;

    private static final int MAX_REMEMBERED = 1024;

    /** A token that passed every check, until it expires. */
    private record Verified(Grant grant, Instant expires) {
    }

    private final MACSigner signer;
    private final DefaultJWTProcessor<SecurityContext> processor;
    /**
     * Tokens already verified: a client sends the same one with every request, and parsing plus an HMAC per
     * request is most of the cost of a GET. Only tokens that passed enter, so forged ones cannot fill it.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private final Duration clockSkew;

    private TokenIssuer(byte[] key, Duration clockSkew) {
        this.clockSkew = clockSkew;
        try {
            this.signer = new MACSigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the signing key is too short for HS256", e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.HS256, new SecretKeySpec(key, "HmacSHA256")));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(AUDIENCE,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("exp", "iat", "tid"));
        claims.setMaxClockSkew((int) Math.min(Integer.MAX_VALUE, clockSkew.toSeconds())); // nimbus' default is 60 s
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * The issuer whose key is in {@code keyFile}, creating the key (mode 600) when the file does not exist. Tokens
     * are refused from the second they expire: the emulator checks its own tokens against the clock that issued them.
     */
    public static TokenIssuer forKeyFile(Path keyFile) throws IOException {
        return forKeyFile(keyFile, Duration.ZERO);
    }

    /**
     * @param clockSkew how long after its expiry (and before its start) a token is still accepted, for tokens issued
     *     on a machine whose clock differs from this one's
     */
    public static TokenIssuer forKeyFile(Path keyFile, Duration clockSkew) throws IOException {
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("the clock skew must not be negative, was " + clockSkew);
        }
        return new TokenIssuer(SigningKey.loadOrCreate(keyFile), clockSkew);
    }

    /** A token valid for an hour: {@code scp} holds the scopes (delegated), or {@code roles} when {@code application}. */
    public String issue(Set<String> scopes, boolean application) {
        return issue(scopes, application, DEFAULT_LIFETIME);
    }

    public String issue(Set<String> scopes, boolean application, Duration lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("tid", EmulatorIdentity.TENANT_ID);
        List<String> sorted = scopes.stream().sorted().toList();
        if (application) {
            claims.subject(EmulatorIdentity.APP_ID).claim("appid", EmulatorIdentity.APP_ID)
                    .claim("app_displayname", EmulatorIdentity.APP_NAME).claim("roles", sorted);
        } else {
            claims.subject(EmulatorIdentity.USER_ID).claim("oid", EmulatorIdentity.USER_ID)
                    .claim("name", EmulatorIdentity.USER_NAME).claim("appid", EmulatorIdentity.APP_ID)
                    .claim("scp", String.join(" ", sorted));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /**
     * Checks signature, algorithm, issuer, audience and lifetime.
     *
     * @throws GraphError 401 with a message saying what is wrong, never quoting the token
     */
    Grant verify(String token) {
        Verified known = verified.get(token);
        if (known != null && Instant.now().isBefore(known.expires().plus(clockSkew))) {
            return known.grant();
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw GraphError.unauthorized("Access token is too long.");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw GraphError.unauthorized("Access token is not a JWT.");
        } catch (BadJOSEException e) {
            throw GraphError.unauthorized("Access token validation failure: " + reason(e));
        } catch (JOSEException | RuntimeException e) {
            throw GraphError.unauthorized("Access token validation failure.");
        }
        Grant grant = grant(claims);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, new Verified(grant, claims.getExpirationTime().toInstant()));
        return grant;
    }

    private static Grant grant(JWTClaimsSet claims) {
        try {
            List<String> roles = claims.getStringListClaim("roles");
            if (roles != null) {
                return new Grant(new LinkedHashSet<>(roles), true, text(claims, "appid"), text(claims, "app_displayname"));
            }
            String scp = claims.getStringClaim("scp");
            Set<String> scopes = scp == null || scp.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(scp.trim().split("\\s+")));
            return new Grant(scopes, false, text(claims, "oid"), text(claims, "name"));
        } catch (ParseException e) {
            throw GraphError.unauthorized("Access token has malformed scp or roles claims.");
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    /** Nimbus' reasons ("Expired JWT", "Signed JWT rejected: Invalid signature") hold no token content. */
    private static String reason(BadJOSEException e) {
        String message = e.getMessage();
        return message == null ? "invalid token" : message.replaceAll("[\\r\\n]", " ");
    }
}
