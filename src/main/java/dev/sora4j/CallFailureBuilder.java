package dev.sora4j;

/**
 * What the builders of a failed call's exceptions set besides the message: whether the call may
 * have started a job, and the {@code Idempotency-Key} it carried.
 *
 * @param <B> the builder itself, which each setter returns
 */
abstract class CallFailureBuilder<B extends CallFailureBuilder<B>> extends MessageBuilder<B> {
  boolean jobMayExist;
  String idempotencyKey;

  CallFailureBuilder() {
  }

  /**
   * Sets whether the failed request may still have started a job; false by default.
   *
   * @param jobMayExist true for a job-starting request whose outcome is unknown
   * @return this builder
   */
  public B jobMayExist(boolean jobMayExist) {
    this.jobMayExist = jobMayExist;
    return self();
  }

  /**
   * Sets the {@code Idempotency-Key} the failed request was sent with.
   *
   * @param idempotencyKey the key, or null for a request that starts no job
   * @return this builder
   */
  public B idempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
    return self();
  }
}
