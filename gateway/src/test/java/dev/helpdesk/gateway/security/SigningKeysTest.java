package dev.helpdesk.gateway.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTest {

    @TempDir
    Path folder;

    @Test
    void theFirstStartCreatesTheKeyFileAndItsFolders() throws Exception {
        Path file = folder.resolve("data/gateway/signing-key.json");

        RSAKey key = SigningKeys.loadOrCreate(file);

        assertThat(file).isRegularFile();
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void laterStartsReuseTheSameKey() {
        Path file = folder.resolve("signing-key.json");

        RSAKey created = SigningKeys.loadOrCreate(file);
        RSAKey reloaded = SigningKeys.loadOrCreate(file);

        assertThat(reloaded).isEqualTo(created);
        assertThat(reloaded.getKeyID()).isEqualTo(created.getKeyID());
    }

    @Test
    void aDamagedKeyFileStopsTheStartAndIsLeftAlone() throws Exception {
        Path file = folder.resolve("signing-key.json");
        Files.writeString(file, "{\"kty\":\"RSA\",");

        assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(file))
            .withMessageContaining(file.toString());
        assertThat(file).hasContent("{\"kty\":\"RSA\",");
    }

    @Test
    void aPublicKeyCannotSign() throws Exception {
        Path file = folder.resolve("signing-key.json");
        Files.writeString(file, SigningKeys.ephemeral().toPublicJWK().toJSONString());

        assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(file))
            .withMessageContaining("no private part");
    }

    @Test
    void everyKeyIsNamedByItsThumbprint() throws Exception {
        RSAKey one = SigningKeys.ephemeral();
        RSAKey another = SigningKeys.ephemeral();

        assertThat(one.getKeyID()).isEqualTo(one.computeThumbprint().toString());
        assertThat(another.getKeyID()).isNotEqualTo(one.getKeyID());
    }
}
