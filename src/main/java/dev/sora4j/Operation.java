package dev.sora4j;

/** The operations of the contract, with what the retry policy needs to know about each. */
enum Operation {
  CREATE("create", true),
  REMIX("remix", true),
  EDIT("edit", true),
  EXTEND("extend", true),
  CREATE_CHARACTER("createCharacter", true),
  RETRIEVE("retrieve", false),
  LIST("list", false),
  DELETE("delete", false),
  RETRIEVE_CHARACTER("retrieveCharacter", false),
  DOWNLOAD_CONTENT("downloadContent", false);

  private final String methodName;
  private final boolean startsJob;

  Operation(String methodName, boolean startsJob) {
    this.methodName = methodName;
    this.startsJob = startsJob;
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
}
