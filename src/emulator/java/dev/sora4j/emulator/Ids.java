package dev.sora4j.emulator;

import java.util.concurrent.ThreadLocalRandom;

/** Makes the ids the emulator hands out, shaped like the provider's. */
final class Ids {
  private Ids() {
  }

  static String video() {
    return "video_" + randomHex();
  }

  static String character() {
    return "char_" + randomHex();
  }

  /** A webhook event's id, as in its body. */
  static String event() {
    return "evt_" + randomHex();
  }

  /** A webhook delivery's {@code webhook-id}, kept across the retries of one event. */
  static String webhookDelivery() {
    return "wh_" + randomHex();
  }

  static String request() {
    return "req_" + randomHex();
  }

  /** 128 random bits: unique in practice; the stores still refuse a duplicate. */
  private static String randomHex() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format("%016x%016x", random.nextLong(), random.nextLong());
  }
}
