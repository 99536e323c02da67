package dev.sora4j.cli;

import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoListOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the API's closed enums from their wire names ({@code thumbnail}, {@code desc}), which is
 * what users type and what the help lists; picocli's own enum support would want the Java names.
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
}
