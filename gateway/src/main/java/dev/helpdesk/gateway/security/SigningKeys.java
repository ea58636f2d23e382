package dev.helpdesk.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The issuer's RSA signing key: generated, or kept in a file as JWK JSON (private parts
 * included) so that tokens stay valid across restarts and can be shared by replicas.
 */
public final class SigningKeys {

    private static final Log log = LogFactory.getLog(SigningKeys.class);

    private static final int KEY_SIZE = 2048;

    private SigningKeys() {
    }

    /** A key that lives as long as this process. */
    public static RSAKey ephemeral() {
        return generate();
    }

    /** The key stored in {@code file}; created (with its parent folders) on first use. */
    public static RSAKey loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        RSAKey key = generate();
        try {
            writeOnce(file, key);
            log.info("Generated a new signing key in " + file);
            return key;
        }
        catch (FileAlreadyExistsException raced) {
            // Another replica created it between our check and our write: use theirs.
            return read(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the signing key to " + file, ex);
        }
    }

    private static RSAKey read(Path file) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("The signing key in " + file + " has no private part");
            }
            return key;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the signing key from " + file, ex);
        }
        catch (ParseException ex) {
            // Never overwrite it: it may be the real key with a typo, and replacing it would
            // silently invalidate every token in circulation.
            throw new IllegalStateException("The signing key in " + file + " is not an RSA JWK", ex);
        }
    }

    /**
     * Writes to a temporary file first so no reader ever sees half a key, then renames it
     * into place unless the file has appeared meanwhile.
     */
    private static void writeOnce(Path file, RSAKey key) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".signing-key", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, file);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                // Derived from the public key, so the kid is the same wherever the key is.
                .keyIDFromThumbprint()
                .build();
        }
        catch (NoSuchAlgorithmException | JOSEException ex) {
            throw new IllegalStateException("Cannot generate an RSA signing key", ex);
        }
    }
}
