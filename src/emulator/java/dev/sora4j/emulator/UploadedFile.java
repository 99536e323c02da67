package dev.sora4j.emulator;

/**
 * A file part of a multipart request. Only its description is kept: the emulator has no use for
 * the bytes, so they are counted as they stream past and dropped.
 */
final class UploadedFile {
  final String filename;
  /** The part's Content-Type, or null when it gave none. */
  final String contentType;
  final long size;

  UploadedFile(String filename, String contentType, long size) {
    this.filename = filename;
    this.contentType = contentType;
    this.size = size;
  }
}
