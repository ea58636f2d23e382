package dev.helpdesk.gateway.security;

import java.nio.file.Path;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * One RSA key signs the tokens (published at {@code /oauth2/jwks}) and validates them
 * at the gateway, without the gateway calling its own JWKS endpoint.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    @Bean
    RSAKey signingKey(HelpdeskSecurityProperties properties) {
        Path file = properties.signingKeyFile();
        return file == null ? SigningKeys.ephemeral() : SigningKeys.loadOrCreate(file);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** Replaces Boot's decoder, which checks the signature but not the issuer. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, HelpdeskSecurityProperties properties) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }
}
