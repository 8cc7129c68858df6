package io.lineengage.bootstrap;

import io.lineengage.adapters.persistence.crypto.MasterKeyRotation;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.adapters.persistence.postgres.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code rotate-master-key}: re-encrypts every stored secret from the current master key to a new one, in one
 * transaction. The new key is {@code LINE_ENGAGE_NEW_MASTER_KEY}, or a fresh one; where the current key lives in
 * the data directory (it was generated there), the file is replaced too. Run it with the service stopped.
 */
final class MasterKeyRotationCommand {
    static final String NAME = "rotate-master-key";

    private final Map<String, String> env;
    private final Consumer<String> out;

    MasterKeyRotationCommand(Map<String, String> env, Consumer<String> out) {
        this.env = env;
        this.out = out;
    }

    void run() {
        Settings settings = new SettingsReader(env, notice -> {}).read(List.of());
        String newKeyText = env.get("LINE_ENGAGE_NEW_MASTER_KEY");
        boolean generated = newKeyText == null || newKeyText.isBlank();
        if (generated) {
            byte[] fresh = new byte[MasterKey.LENGTH_BYTES];
            new SecureRandom().nextBytes(fresh);
            newKeyText = Base64.getEncoder().encodeToString(fresh);
        }
        MasterKey newKey = MasterKey.fromBase64(newKeyText);
        int count;
        try (PostgresDatabase database = PostgresDatabase.start(settings.database(), null)) {
            count = MasterKeyRotation.rotate(
                    database.dataSource(),
                    SecretCipher.withKey(settings.masterKey().bytes()),
                    SecretCipher.withKey(newKey.bytes()));
        }
        out.accept("re-encrypted " + count + " secrets under the new master key");
        Path keyFile = settings.dataDirectory().resolve("master-key");
        boolean keyFromFile = (env.get("LINE_ENGAGE_MASTER_KEY") == null
                        || env.get("LINE_ENGAGE_MASTER_KEY").isBlank())
                && Files.exists(keyFile);
        if (keyFromFile) {
            try {
                Files.writeString(keyFile, newKeyText + "\n");
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "the secrets moved to the new key, but " + keyFile
                                + " could not be written: set LINE_ENGAGE_MASTER_KEY=" + newKeyText,
                        e);
            }
            out.accept("the new key replaced " + keyFile);
        } else {
            out.accept("start the service with the new key:\n\n    LINE_ENGAGE_MASTER_KEY="
                    + (generated ? newKeyText : "<the value of LINE_ENGAGE_NEW_MASTER_KEY>") + "\n");
        }
    }
}
