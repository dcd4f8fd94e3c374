/**
 * Errors the CLI reports as one sentence and exit status 2, with no stack trace: a wrong
 * flag, a bad config file. Anything else reaching the top is an internal failure.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}
