package dev.sora4j.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.sora4j.model.VideoContentVariant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The downloadable assets of a completed job and how they are served, whole or as one byte
 * range. Every job shares the same bundled media (see the README next to the files); on request,
 * {@code variant=video} serves instead a synthetic body of any size, generated as it is sent.
 */
final class MediaContent {
  private final long syntheticVideoSize;

  MediaContent(long syntheticVideoSize) {
    this.syntheticVideoSize = syntheticVideoSize;
  }

  Asset assetFor(VideoContentVariant variant) {
    switch (variant) {
      case THUMBNAIL:
        return new BundledAsset("image/webp", Bundled.THUMBNAIL);
      case SPRITESHEET:
        return new BundledAsset("image/jpeg", Bundled.SPRITESHEET);
      default:
        return syntheticVideoSize > 0
            ? new SyntheticVideo(syntheticVideoSize)
            : new BundledAsset("video/mp4", Bundled.VIDEO);
    }
  }

  /** Sends the asset: 200 with all of it, 206 with the range asked for, or 416. */
  static void serve(HttpExchange exchange, Asset asset) throws IOException {
    long length = asset.length();
    Headers headers = exchange.getResponseHeaders();
    headers.set("Accept-Ranges", "bytes");
    ByteRange range;
    try {
      range = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), length);
    } catch (ByteRange.Unsatisfiable e) {
      headers.set("Content-Range", "bytes */" + length);
      throw new ApiErrorException(416, ApiErrorException.INVALID_REQUEST, null, "range_not_satisfiable",
          "The requested range (" + exchange.getRequestHeaders().getFirst("Range")
              + ") lies outside the content, which is " + length + " bytes long.");
    }
    headers.set("Content-Type", asset.mediaType);
    try (OutputStream out = exchange.getResponseBody()) {
      if (range == null) {
        exchange.sendResponseHeaders(200, length);
        asset.write(out, 0, length);
      } else {
        headers.set("Content-Range", "bytes " + range.first + "-" + range.last + "/" + length);
        exchange.sendResponseHeaders(206, range.length());
        asset.write(out, range.first, range.length());
      }
    }
  }

  /** One asset: its media type, its length, and a way to write any slice of it. */
  abstract static class Asset {
    final String mediaType;

    Asset(String mediaType) {
      this.mediaType = mediaType;
    }

    abstract long length();

    abstract void write(OutputStream out, long from, long count) throws IOException;

    /** The same bytes, served under another media type (LiteLLM labels every variant video/mp4). */
    Asset labelled(String otherMediaType) {
      Asset bytes = this;
      return otherMediaType.equals(mediaType) ? this : new Asset(otherMediaType) {
        @Override
        long length() {
          return bytes.length();
        }

        @Override
        void write(OutputStream out, long from, long count) throws IOException {
          bytes.write(out, from, count);
        }
      };
    }

    /** The same asset, but the connection drops after the first half of the body is sent. */
    Asset cutInHalf() {
      Asset bytes = this;
      return new Asset(mediaType) {
        @Override
        long length() {
          return bytes.length();
        }

        @Override
        void write(OutputStream out, long from, long count) throws IOException {
          long half = count / 2;
          bytes.write(out, from, half);
          out.flush();
          throw new Fault.Dropped("download cut on purpose after " + half + " of " + count + " bytes");
        }
      };
    }
  }

  private static final class BundledAsset extends Asset {
    private final byte[] bytes;

    BundledAsset(String mediaType, byte[] bytes) {
      super(mediaType);
      this.bytes = bytes;
    }

    @Override
    long length() {
      return bytes.length;
    }

    @Override
    void write(OutputStream out, long from, long count) throws IOException {
      out.write(bytes, (int) from, (int) count);
    }
  }

  /**
   * A stand-in video of any size, for benchmarks and streaming tests: byte {@code i} is
   * {@code i % 251} (a prime, so the pattern never lines up with buffer sizes and a misplaced
   * slice shows). Not playable. Written in chunks, never held whole.
   */
  static final class SyntheticVideo extends Asset {
    private static final int CHUNK_BYTES = 64 * 1024;

    private final long size;

    SyntheticVideo(long size) {
      super("video/mp4");
      this.size = size;
    }

    static byte byteAt(long offset) {
      return (byte) (offset % 251);
    }

    @Override
    long length() {
      return size;
    }

    @Override
    void write(OutputStream out, long from, long count) throws IOException {
      byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, count)];
      long offset = from;
      long end = from + count;
      while (offset < end) {
        int length = (int) Math.min(chunk.length, end - offset);
        for (int i = 0; i < length; i++) {
          chunk[i] = byteAt(offset + i);
        }
        out.write(chunk, 0, length);
        offset += length;
      }
    }
  }

  /** The bundled files, read from the classpath on first use only. */
  static final class Bundled {
    static final byte[] VIDEO = load("video.mp4");
    static final byte[] THUMBNAIL = load("thumbnail.webp");
    static final byte[] SPRITESHEET = load("spritesheet.jpg");

    private Bundled() {
    }

    private static byte[] load(String name) {
      try (InputStream in = MediaContent.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the emulator's resource " + name + " is missing from the classpath");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the emulator's resource " + name, e);
      }
    }
  }
}
