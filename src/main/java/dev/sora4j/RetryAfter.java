package dev.sora4j;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import okhttp3.Headers;

/**
 * Reads how long a server asks the client to wait: OpenAI's {@code retry-after-ms}, else the
 * standard {@code retry-after} in seconds or as an HTTP date.
 */
final class RetryAfter {
  private RetryAfter() {
  }

  /**
   * The wait the server asked for in milliseconds (negative for a date already past), empty when
   * it asked for none or nothing readable.
   *
   * @param nowMillis the clock an HTTP date is measured from
   */
  static OptionalLong millis(Headers headers, long nowMillis) {
    String millis = headers.get(HeaderNames.RETRY_AFTER_MS);
    if (millis != null) {
      try {
        return OptionalLong.of((long) Double.parseDouble(millis.trim()));
      } catch (NumberFormatException e) {
        // fall through to retry-after: a garbled header is no reason to fail the call
      }
    }
    String retryAfter = headers.get(HeaderNames.RETRY_AFTER);
    if (retryAfter == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of((long) (Double.parseDouble(retryAfter.trim()) * 1000));
    } catch (NumberFormatException e) {
      // not seconds: an HTTP date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US));
      return OptionalLong.of(at.toInstant().toEpochMilli() - nowMillis);
    } catch (DateTimeParseException e) {
      return OptionalLong.empty();
    }
  }
}
