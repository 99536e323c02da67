package dev.sora4j;

/**
 * What every exception builder sets: the message and the cause. Each public builder says which
 * it requires.
 *
 * @param <B> the builder itself, which each setter returns
 */
abstract class MessageBuilder<B extends MessageBuilder<B>> {
  String message;
  Throwable cause;

  MessageBuilder() {
  }

  /** This builder as its own class, for the setters to return. */
  abstract B self();

  /**
   * Sets the message.
   *
   * @param message what failed
   * @return this builder
   */
  public B message(String message) {
    this.message = Requests.checkNotNull("message", message);
    return self();
  }

  /**
   * Sets what caused the failure.
   *
   * @param cause the cause, or null
   * @return this builder
   */
  public B cause(Throwable cause) {
    this.cause = cause;
    return self();
  }

  /** The message, which the exception being built cannot do without. */
  String requiredMessage() {
    if (message == null) {
      throw new IllegalStateException("message: not set; call message(...)");
    }
    return message;
  }
}
