package org.broadsheet.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.jspecify.annotations.Nullable;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), so that a
 * hash made with older parameters still verifies after the parameters change.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Settings settings;
    // password4j's Argon2Function allocates its whole working memory (46 MiB by default) when it is made; a server
    // makes it at the first hash or log-in rather than during start-up, where it delayed the first page.
    private volatile @Nullable Argon2Function function;

    /** A hasher that makes new hashes with {@code settings}. */
    public PasswordHasher(Argon2Settings settings) {
        this.settings = settings;
    }

    private Argon2Function function() {
        Argon2Function made = function;
        if (made == null) {
            made = Argon2Function.getInstance(
                    settings.memoryKib(), settings.iterations(), settings.parallelism(), HASH_BYTES, Argon2.ID);
            function = made;
        }
        return made;
    }

    /** The parameters new hashes are made with. */
    public Argon2Settings settings() {
        return settings;
    }

    /** A new salted hash of {@code password}. */
    public String hash(String password) {
        return Password.hash(password)
                .addRandomSalt(SALT_BYTES)
                .with(function())
                .getResult();
    }

    /** True when {@code password} matches {@code encoded}, whatever Argon2 parameters that hash was made with. */
    public boolean verify(String password, String encoded) {
        if (!encoded.startsWith("$argon2")) {
            return false;
        }
        return Password.check(password, encoded).with(Argon2Function.getInstanceFromHash(encoded));
    }
}
