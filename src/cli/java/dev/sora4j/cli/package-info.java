/**
 * The {@code sora4j} command-line tool: every operation of the Videos API from a shell, with a
 * live progress bar while a job renders, and an embedded emulator to try it all without an
 * account.
 *
 * <p>Built as the self-contained {@code target/sora4j-cli.jar} ({@code java -jar
 * target/sora4j-cli.jar --help}); its entry point is {@link dev.sora4j.cli.Main}. picocli and
 * the progress-bar library it uses are optional dependencies of sora4j: applications that only
 * use the client never load this package and need neither.
 *
 * <p>Exit codes: 0 on success, 1 when the API, the network or the job failed (one line on stderr
 * with the status and the request id; the stack trace only with {@code --verbose}), 2 for a usage
 * error (one line on stderr, and a pointer to the command's {@code --help}), 3 when a wait's
 * {@code --timeout} passed (the job goes on).
 *
 * <p>A test and benchmark aid, left out of the help: {@code --emulator-speed FACTOR} sets the
 * speed factor of the emulator that {@code --emulator} starts (see
 * {@link dev.sora4j.emulator.VideosEmulator.Builder#speedFactor(double)}), so that its jobs finish
 * in milliseconds instead of seconds.
 */
package dev.sora4j.cli;
