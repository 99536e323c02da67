/**
 * An embedded emulator of the Videos API, for tests and for trying the library without an
 * account.
 *
 * <p>{@link dev.sora4j.emulator.VideosEmulator} serves the whole contract of
 * {@code openapi/videos.yaml} on {@code 127.0.0.1}, with jobs that move from {@code queued}
 * through {@code in_progress} to {@code completed} (or {@code failed}, when asked to), real media
 * for downloads, the provider's error envelope and headers. It runs on the JDK's built-in HTTP
 * server and needs no dependency beyond the library's own.
 * {@link dev.sora4j.emulator.VideosEmulatorExtension} hands a started emulator to JUnit 5 tests.
 *
 * <p>Parameters and return values are never null unless a method says otherwise.
 */
package dev.sora4j.emulator;
