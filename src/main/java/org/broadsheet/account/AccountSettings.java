package org.broadsheet.account;

import java.time.Duration;

/**
 * How accounts behave.
 *
 * @param sessionLifetime how long a log-in lasts
 * @param loginLimit failed log-ins for one name from one address allowed in {@code loginWindow}; at the limit that
 *     address may not try that name until old failures leave the window (the name stays open everywhere else)
 * @param addressLimit failed log-ins from one address, for any names, allowed in {@code loginWindow}; at the limit the
 *     address may not log in at all until old failures leave the window
 * @param loginWindow the window failed log-ins are counted in
 * @param firstDelay the wait added to an answer after {@link #DELAY_AFTER} failures; it doubles with each failure
 * @param maxDelay the longest such wait
 */
public record AccountSettings(
        Argon2Settings argon2,
        Duration sessionLifetime,
        int loginLimit,
        int addressLimit,
        Duration loginWindow,
        Duration firstDelay,
        Duration maxDelay) {

    /** Failures before answers start to slow down. */
    public static final int DELAY_AFTER = 3;

    /**
     * Measured Argon2 parameters, 30-day sessions, 10 failures per name and address and 30 per address in 15 minutes,
     * waits from 250 ms up to 4 s.
     */
    public static AccountSettings defaults() {
        return new AccountSettings(
                Argon2Settings.DEFAULT,
                Duration.ofDays(30),
                10,
                30,
                Duration.ofMinutes(15),
                Duration.ofMillis(250),
                Duration.ofSeconds(4));
    }

    public AccountSettings withArgon2(Argon2Settings value) {
        return new AccountSettings(value, sessionLifetime, loginLimit, addressLimit, loginWindow, firstDelay, maxDelay);
    }

    public AccountSettings withDelays(Duration first, Duration max) {
        return new AccountSettings(argon2, sessionLifetime, loginLimit, addressLimit, loginWindow, first, max);
    }

    /** The wait before answering a log-in attempt when {@code failures} recent failures are on record. */
    Duration delayAfter(int failures) {
        if (failures < DELAY_AFTER) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - DELAY_AFTER, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
