/**
 * When prod may be synced: change windows declared in the spec, rendered as
 * ArgoCD sync windows on the tier's AppProject. Plain data and its checks;
 * the AppProject is built in lib/constructs/argocd.ts.
 */
import { z } from 'zod';
import type { Report } from './errors';
import type { SpecOf } from './schema';

/**
 * A change window, in which the named groups may sync prod by hand.
 * Outside every window no sync runs at all (neither by hand nor by itself).
 */
export const SyncWindowSpecSchema = z.strictObject({
  /** When the window opens, in cron format (five fields: minute hour day-of-month month day-of-week), e.g. `0 18 * * 6`. */
  schedule: z.string(),
  /** How long it stays open: minutes or hours, e.g. `90m`, `6h`; at most 24h. */
  duration: z.string(),
  /**
   * The IANA time zone the schedule is read in.
   * @default 'UTC'
   */
  timeZone: z.string().optional(),
  /**
   * What the window is for (a change ticket, a release weekend).
   * @default - none
   */
  description: z.string().optional(),
});
export type SyncWindowSpec = SpecOf<typeof SyncWindowSpecSchema>;

const CRON_FIELD = /^(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?(,(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?)*$/;
const DURATION = /^([1-9][0-9]*)([mh])$/;
const TIME_ZONE = /^(UTC|[A-Z][A-Za-z_]+(\/[A-Z][A-Za-z_+-]+){1,2})$/;

/** Longest sync window, in minutes: a window open for good is no window. */
export const MAX_SYNC_WINDOW_MINUTES = 24 * 60;

/** A window duration in minutes, or undefined if it is not of the form `90m` or `6h`. */
export function syncWindowMinutes(duration: string): number | undefined {
  const match = DURATION.exec(duration);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'h' ? 60 : 1);
}

/** Checks one sync window; `field` is its path, e.g. `gitops.syncWindows[0]`. */
export function syncWindowProblems(window: SyncWindowSpec, field: string, fail: Report): void {
  const fields = window.schedule.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((part) => CRON_FIELD.test(part))) {
    fail(`${field}.schedule`, `"${window.schedule}" is not a cron schedule of five fields such as "0 18 * * 6"`);
  }
  const minutes = syncWindowMinutes(window.duration);
  if (minutes === undefined) fail(`${field}.duration`, `"${window.duration}" is not a duration such as 90m or 6h`);
  else if (minutes > MAX_SYNC_WINDOW_MINUTES)
    fail(`${field}.duration`, `${window.duration} is longer than 24h; a window open for good is no window`);
  if (window.timeZone !== undefined && !TIME_ZONE.test(window.timeZone)) {
    fail(`${field}.timeZone`, `"${window.timeZone}" is not an IANA time zone such as Europe/London or UTC`);
  }
}
