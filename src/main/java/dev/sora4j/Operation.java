package dev.sora4j;

/** The operations of the contract, with what the retry policy needs to know about each. */
enum Operation {
  CREATE("create", true, true),
  REMIX("remix", true, true),
  EDIT("edit", true, true),
  EXTEND("extend", true, true),
  CREATE_CHARACTER("createCharacter", true, false),
  RETRIEVE("retrieve", false, false),
  LIST("list", false, false),
  DELETE("delete", false, false),
  RETRIEVE_CHARACTER("retrieveCharacter", false, false),
  DOWNLOAD_CONTENT("downloadContent", false, false);

  private final String methodName;
  private final boolean startsJob;
  private final boolean returnsJob;

  Operation(String methodName, boolean startsJob, boolean returnsJob) {
    this.methodName = methodName;
    this.startsJob = startsJob;
    this.returnsJob = returnsJob;
  }

  /** The facade method, for messages. */
  String methodName() {
    return methodName;
  }

  /**
   * Whether a successful request starts a billed job: such requests carry an Idempotency-Key and
   * are retried only where the server cannot have started the job.
   */
  boolean startsJob() {
    return startsJob;
  }

  /**
   * Whether the success body is the new video job, whose id the caller needs to follow it: a
   * success without one is malformed. (A character's id may be null by the contract.)
   */
  boolean returnsJob() {
    return returnsJob;
  }
}
