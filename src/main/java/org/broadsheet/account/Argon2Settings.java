package org.broadsheet.account;

/**
 * Argon2id cost parameters.
 *
 * @param memoryKib memory per hash in KiB
 * @param iterations passes over that memory
 * @param parallelism lanes
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

    /**
     * 46 MiB, 3 passes, 1 lane: about 205 ms of CPU time per hash on the 2-core reference machine, measured with
     * {@code broadsheet bench passwords} (docs/benchmarks.md).
     */
    public static final Argon2Settings DEFAULT = new Argon2Settings(47104, 3, 1);

    /** Cheap parameters for tests only: 1 MiB, 1 pass. */
    public static final Argon2Settings FAST_FOR_TESTS = new Argon2Settings(1024, 1, 1);

    public Argon2Settings {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException(
                    "invalid Argon2 parameters: m=" + memoryKib + " t=" + iterations + " p=" + parallelism);
        }
    }

    @Override
    public String toString() {
        return "m=" + memoryKib + " KiB, t=" + iterations + ", p=" + parallelism;
    }
}
