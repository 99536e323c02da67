package dev.sora4j.cli;

import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoListOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the API's closed enums from their wire names ({@code thumbnail}, {@code desc}), which is
 * what users type and what the help lists (picocli's own enum support would want the Java names),
 * and durations as people write them ({@code 90s}, {@code 20m}).
 */
final class Converters {
  private Converters() {
  }

  static final class VariantConverter implements ITypeConverter<VideoContentVariant> {
    @Override
    public VideoContentVariant convert(String value) {
      VideoContentVariant variant = VideoContentVariant.fromValue(value.trim().toLowerCase(java.util.Locale.ROOT));
      if (variant == VideoContentVariant.UNKNOWN) {
        throw new TypeConversionException("expected one of " + new VariantCandidates() + " but was '" + value + "'");
      }
      return variant;
    }
  }

  static final class VariantCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (VideoContentVariant variant : VideoContentVariant.values()) {
        if (variant.value() != null) {
          names.add(variant.value());
        }
      }
      return names.iterator();
    }

    @Override
    public String toString() {
      return String.join(", ", this);
    }
  }

  static final class OrderConverter implements ITypeConverter<VideoListOrder> {
    @Override
    public VideoListOrder convert(String value) {
      VideoListOrder order = VideoListOrder.fromValue(value.trim().toLowerCase(java.util.Locale.ROOT));
      if (order == null || order.value() == null) {
        throw new TypeConversionException("expected one of " + new OrderCandidates() + " but was '" + value + "'");
      }
      return order;
    }
  }

  static final class OrderCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (VideoListOrder order : VideoListOrder.values()) {
        if (order.value() != null) {
          names.add(order.value());
        }
      }
      return names.iterator();
    }

    @Override
    public String toString() {
      return String.join(", ", this);
    }
  }

  /** A positive duration: a number with a unit, ms, s, m or h; a bare number is seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
      Duration duration = matcher.matches() ? of(Long.parseLong(matcher.group(1)), matcher.group(2)) : Duration.ZERO;
      if (duration.isZero()) {
        throw new TypeConversionException("must be a positive duration such as 90s, 20m or 1h, was '" + value + "'");
      }
      return duration;
    }

    private static Duration of(long amount, String unit) {
      if (unit == null || unit.equals("s")) {
        return Duration.ofSeconds(amount);
      }
      return unit.equals("ms") ? Duration.ofMillis(amount)
          : unit.equals("m") ? Duration.ofMinutes(amount) : Duration.ofHours(amount);
    }

    /** The shortest way to write a duration that {@link #convert(String)} reads back: {@code 20m}. */
    static String format(Duration duration) {
      long millis = duration.toMillis();
      if (millis % 1000 != 0) {
        return millis + "ms";
      }
      long seconds = millis / 1000;
      return seconds % 3600 == 0 && seconds > 0 ? seconds / 3600 + "h"
          : seconds % 60 == 0 && seconds > 0 ? seconds / 60 + "m" : seconds + "s";
    }
  }
}
