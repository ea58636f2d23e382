package dev.helpdesk.gateway.security;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The local issuer's identity and key.
 *
 * @param issuer the {@code iss} of every token this gateway signs; services validate
 *     tokens against it and fetch keys from {@code <issuer>/oauth2/jwks}
 * @param signingKeyFile where the RSA signing key is kept (JWK JSON) so that tokens
 *     survive a restart; without it, a new key is generated at every start
 */
@Validated
@ConfigurationProperties("helpdesk.security")
public record HelpdeskSecurityProperties(@NotBlank String issuer, @Nullable Path signingKeyFile) {
}
