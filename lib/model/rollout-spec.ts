/**
 * Canary rollouts in the spec (white paper phase 3): a scalable server may
 * opt in to an Argo Rollouts `Rollout` with canary steps in place of its
 * Deployment, each step gated by an analysis of the metrics the platform
 * scrapes. Plain data and its rules; no cdk8s here.
 */
import { z } from 'zod';
import type { ProblemCollector } from './errors';
import { oneOf, shown, type SpecOf } from './schema';
import { SERVER_KINDS, SERVER_PRESETS, type ServerKind } from './server-kinds';
import { serverSpecName } from './server-options';

/**
 * The kinds that may canary: issue 13's scalable tiers, i.e. the presets that scale horizontally
 * (read-only Dataserver, calculation server, calculator) and the presentation servers, which run
 * several identical pods of one release though no autoscaler sizes them. Never a singleton.
 */
export const CANARY_KINDS: readonly ServerKind[] = SERVER_KINDS.filter(
  (kind) => SERVER_PRESETS[kind].scalable || kind === 'presentation-server',
);

/** The custom resource the Argo Rollouts add-on installs, as an add-on's `installs.customResourceDefinitions` lists it. */
export const ROLLOUT_CRD_ENTRY = 'Rollout.argoproj.io';

/**
 * Where the analysis asks Prometheus: the Service the kube-prometheus-stack chart makes for its
 * Prometheus (`<release>-prometheus`, port 9090) with the bank's release `kube-prometheus-stack`
 * in namespace `monitoring` (environments/shared/defaults.ts, add-on kubePrometheusStack).
 */
export const DEFAULT_PROMETHEUS_ADDRESS = 'http://kube-prometheus-stack-prometheus.monitoring.svc:9090';

/** One canary step: the share of the pods that run the new release, how long to hold it, and then the analysis. */
export const CanaryStepSchema = z.strictObject({
  /** Percent of the server's pods on the new release, 1 to 99 (the rollout ends at 100 by itself after the last step). */
  weight: z.number(),
  /**
   * How long the step holds before its analysis: a duration such as `5m`, `30s` or `1h` (a JVM needs time to
   * start and warm up), or `manual` to wait until someone runs `kubectl argo rollouts promote`.
   * @default '10m'
   */
  pause: z.string().optional(),
});
export type CanaryStep = SpecOf<typeof CanaryStepSchema>;

/** The analysis after each step: Prometheus queries on the canary pods' golden signals. */
export const CanaryAnalysisSchema = z.strictObject({
  /**
   * Time between two measurements, as a duration.
   * @default '1m'
   */
  interval: z.string().optional(),
  /**
   * Measurements per analysis (so an analysis takes `count` × `interval`).
   * @default 5
   */
  count: z.number().optional(),
  /**
   * Failed measurements the analysis tolerates; one more aborts the rollout, which scales the canary back to 0.
   * @default 0
   */
  failureLimit: z.number().optional(),
  /**
   * The Prometheus the Argo Rollouts controller queries.
   * @default - the kube-prometheus-stack's Service, DEFAULT_PROMETHEUS_ADDRESS
   */
  prometheusAddress: z.string().optional(),
});
export type CanaryAnalysis = SpecOf<typeof CanaryAnalysisSchema>;

/** How a server rolls out a new release instead of a Deployment's rolling update. */
export const RolloutOptionsSchema = z.strictObject({
  /** Only `canary`: a share of the pods first, checked by analysis, then the rest. */
  strategy: oneOf(['canary'], 'a rollout strategy'),
  /**
   * The canary steps, in order, each with a higher weight than the one before.
   * @default - DEFAULT_CANARY_STEPS: 20% for 10 minutes, then 50% for 10 minutes, each followed by the analysis
   */
  steps: z.array(CanaryStepSchema).optional(),
  /**
   * The analysis after each step.
   * @default - 5 measurements a minute apart, none may fail
   */
  analysis: CanaryAnalysisSchema.optional(),
});
export type RolloutOptions = SpecOf<typeof RolloutOptionsSchema>;

/** The steps when the spec gives none. */
export const DEFAULT_CANARY_STEPS: readonly CanaryStep[] = [
  { weight: 20, pause: '10m' },
  { weight: 50, pause: '10m' },
];
/** A step's hold when it gives none. */
export const DEFAULT_CANARY_PAUSE = '10m';

/** A canary step with its defaults: `pause` is `manual` or a duration of at least one second. */
export interface ResolvedCanaryStep {
  readonly weight: number;
  readonly pause: string;
}

/** A server's canary rollout, with every default applied. */
export interface ResolvedCanaryRollout {
  readonly strategy: 'canary';
  readonly steps: readonly ResolvedCanaryStep[];
  readonly analysis: {
    readonly interval: string;
    readonly count: number;
    readonly failureLimit: number;
    readonly prometheusAddress: string;
  };
}

const DURATION = /^([1-9][0-9]*)(s|m|h)$/;
const ZERO_DURATION = /^0+(s|m|h)?$/;

/** The problem with a pause, if any. */
function pauseProblem(pause: string): string | undefined {
  if (pause === 'manual' || DURATION.test(pause)) return undefined;
  if (ZERO_DURATION.test(pause)) return `a pause of ${shown(pause)} holds nothing; give a duration such as 5m, or 'manual'`;
  return `${shown(pause)} is not a duration such as 30s, 5m or 1h, nor 'manual'`;
}

/** The rollout of a server, with defaults; undefined when it has none. */
export function resolveRollout(options: RolloutOptions | undefined): ResolvedCanaryRollout | undefined {
  if (options === undefined) return undefined;
  const analysis = options.analysis ?? {};
  return {
    strategy: 'canary',
    steps: (options.steps ?? DEFAULT_CANARY_STEPS).map((step) => ({ weight: step.weight, pause: step.pause ?? DEFAULT_CANARY_PAUSE })),
    analysis: {
      interval: analysis.interval ?? '1m',
      count: analysis.count ?? 5,
      failureLimit: analysis.failureLimit ?? 0,
      prometheusAddress: analysis.prometheusAddress ?? DEFAULT_PROMETHEUS_ADDRESS,
    },
  };
}

/** What the rollout rules read of an environment spec. */
export interface RolloutEnvironment {
  readonly servers: readonly {
    readonly kind: ServerKind;
    readonly name?: string;
    readonly external?: object;
    readonly rollout?: RolloutOptions;
  }[];
  readonly monitoring?: object;
  readonly gitops?: {
    readonly cluster?: { readonly name?: string };
    readonly addons?: readonly { readonly installs?: { readonly customResourceDefinitions?: readonly string[] } }[];
  };
}

/**
 * Checks every server's `rollout`: only scalable kinds may canary (a singleton never runs two pods of
 * different releases), the steps must climb, pauses must hold, the environment must have monitoring
 * (the analysis reads what its ServiceMonitors scrape), and its cluster must run the Argo Rollouts
 * controller (an add-on that installs the Rollout CRD), or nothing would run the pods.
 */
export function rolloutProblems(spec: RolloutEnvironment, problems: ProblemCollector): void {
  const canaries: string[] = [];
  for (const server of spec.servers) {
    const options = server.rollout;
    if (options === undefined) continue;
    const name = serverSpecName(server);
    const fail = problems.reporter(name);
    const preset = SERVER_PRESETS[server.kind];
    if (preset === undefined) continue; // an unknown kind is reported on its own
    if (!CANARY_KINDS.includes(server.kind)) {
      const scalable = CANARY_KINDS.join(', ');
      fail(
        'rollout',
        preset.singleton
          ? `a ${server.kind} is a singleton and can never canary: two releases would run side by side; only the scalable kinds (${scalable}) may`
          : `a ${server.kind} is not one of the scalable kinds that may canary (${scalable})`,
      );
      continue;
    }
    if (server.external !== undefined) {
      fail('rollout', 'an external server runs outside the cluster; there are no pods to roll out');
      continue;
    }
    canaries.push(name);
    const steps = options.steps ?? DEFAULT_CANARY_STEPS;
    if (steps.length === 0) fail('rollout.steps', 'a canary needs at least one step; leave steps out for the default 20% and 50%');
    steps.forEach((step, index) => {
      const field = `rollout.steps[${index}]`;
      if (!Number.isInteger(step.weight) || step.weight < 1 || step.weight > 99) {
        fail(`${field}.weight`, `must be a whole percent from 1 to 99 (the rollout ends at 100 after the last step), got ${step.weight}`);
      } else if (index > 0 && step.weight <= steps[index - 1].weight) {
        fail(`${field}.weight`, `must be above the weight of the step before (${steps[index - 1].weight}), got ${step.weight}`);
      }
      const pause = step.pause === undefined ? undefined : pauseProblem(step.pause);
      if (pause !== undefined) fail(`${field}.pause`, pause);
    });
    const analysis = options.analysis ?? {};
    if (analysis.interval !== undefined && !DURATION.test(analysis.interval)) {
      fail('rollout.analysis.interval', `${shown(analysis.interval)} is not a duration of at least one second such as 30s or 1m`);
    }
    if (analysis.count !== undefined && !(Number.isInteger(analysis.count) && analysis.count >= 1)) {
      fail('rollout.analysis.count', `must be a whole number of measurements of at least 1, got ${analysis.count}`);
    }
    const failureLimit = analysis.failureLimit;
    if (failureLimit !== undefined && !(Number.isInteger(failureLimit) && failureLimit >= 0)) {
      fail('rollout.analysis.failureLimit', `must be a whole number of at least 0, got ${failureLimit}`);
    } else if (failureLimit !== undefined && failureLimit >= (analysis.count ?? 5)) {
      fail(
        'rollout.analysis.failureLimit',
        `${failureLimit} failures of ${analysis.count ?? 5} measurements would let every measurement fail`,
      );
    }
    if (analysis.prometheusAddress !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(analysis.prometheusAddress)) {
      fail('rollout.analysis.prometheusAddress', `${shown(analysis.prometheusAddress)} is not an http:// or https:// address`);
    }
  }
  if (canaries.length > 0 && spec.monitoring === undefined) {
    problems.environmentProblem(
      'monitoring',
      `${canaries.join(', ')} ${canaries.length === 1 ? 'rolls out as a canary, whose analysis reads' : 'roll out as canaries, whose analyses read'} ` +
        'the metrics Prometheus scrapes through the ServiceMonitors that monitoring renders; without them every measurement fails and aborts the rollout: add monitoring',
    );
  }
  const gitops = spec.gitops;
  // Without a GitOps target the cluster is not known here; whoever applies dist/ installs the controller.
  if (canaries.length === 0 || gitops === undefined) return;
  const hasController = (gitops.addons ?? []).some((addon) => addon.installs?.customResourceDefinitions?.includes(ROLLOUT_CRD_ENTRY));
  if (!hasController) {
    problems.environmentProblem(
      'gitops.addons',
      `${canaries.join(', ')} ${canaries.length === 1 ? 'rolls out as a canary' : 'roll out as canaries'}, but no add-on of cluster ${gitops.cluster?.name ?? '?'} installs ${ROLLOUT_CRD_ENTRY}; ` +
        'add the Argo Rollouts add-on (ADDONS.argoRollouts), or nothing would run their pods',
    );
  }
}
