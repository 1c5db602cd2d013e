/**
 * One problem a check of rendered output found in one object. Its own
 * module because every check reports it (schemas, policies, PromQL) and the
 * module that runs them all (validate.ts) imports each check.
 */

/** One problem found in one object. */
export interface Finding {
  /** Rule that found it, e.g. `schema` or `pod-references-resolve`. */
  readonly rule: string;
  /** Folder of dist/ (the environment). */
  readonly environment: string;
  /** File the object is (or would be) written to, inside its folder. */
  readonly file: string;
  /** `Kind/name` of the object. */
  readonly object: string;
  readonly message: string;
}
