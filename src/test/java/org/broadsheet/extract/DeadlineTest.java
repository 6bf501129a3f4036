package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private final AtomicLong cpu = new AtomicLong();
    private final AtomicLong wall = new AtomicLong();
    private final AtomicLong cpuReads = new AtomicLong();

    private long readCpu() {
        cpuReads.incrementAndGet();
        return cpu.get();
    }

    @Test
    void readsTheBudgetClockOnlyOnceTheFasterClockHasRunTheBudget() {
        Deadline deadline = new Deadline(this::readCpu, wall::get, 1_000);
        long readsAtStart = cpuReads.get();
        wall.set(999);
        for (int i = 0; i < 100; i++) {
            deadline.check();
        }
        assertThat(cpuReads.get()).as("CPU clock reads while under budget").isEqualTo(readsAtStart);

        wall.set(5_000);
        cpu.set(400);
        deadline.check();
        assertThat(cpuReads.get()).isEqualTo(readsAtStart + 1);

        cpu.set(1_001);
        assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Expired.class);
    }

    @Test
    void withOneClockChecksItEveryTime() {
        Deadline deadline = new Deadline(this::readCpu, 1_000);
        deadline.check();
        cpu.set(1_001);
        assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Expired.class);
    }
}
