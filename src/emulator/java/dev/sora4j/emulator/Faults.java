package dev.sora4j.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that decides whether a request meets an injected {@link Fault}: each fault
 * counts down the requests it concerns, or draws for each one at its rate.
 */
final class Faults {
  private final List<Armed> armed = new ArrayList<>();
  private final Random random;

  Faults(List<Fault> faults, Random random) {
    for (Fault fault : faults) {
      armed.add(new Armed(fault));
    }
    this.random = random;
  }

  /** The fault of this kind that hits this request, or null. */
  Fault hit(Fault.Kind kind) {
    for (Armed candidate : armed) {
      if (candidate.fault.kind == kind && candidate.fires()) {
        return candidate.fault;
      }
    }
    return null;
  }

  private final class Armed {
    final Fault fault;
    final AtomicInteger remaining;

    Armed(Fault fault) {
      this.fault = fault;
      this.remaining = new AtomicInteger(fault.count);
    }

    boolean fires() {
      if (!Double.isNaN(fault.rate)) {
        synchronized (random) {
          return random.nextDouble() < fault.rate;
        }
      }
      return remaining.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }
  }
}
