/**
 * A canary rollout for one scalable server: an Argo Rollouts `Rollout` in
 * place of its Deployment (same name, pod template, labels and selector, so
 * the Service, PodDisruptionBudget, NetworkPolicies and ServiceMonitor keep
 * selecting its pods, and the HorizontalPodAutoscaler scales it through its
 * scale subresource), and an `AnalysisTemplate` that gates every canary step
 * on the canary pods' golden signals, from the metrics the platform already
 * scrapes (the alert rules read the same series).
 */
import { ApiObject, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import * as analysis from '../../imports/argoproj.io-analysistemplates';
import * as rollouts from '../../imports/argoproj.io-rollouts';
import { JVM_HEAP_THRESHOLD } from '../model/monitoring-spec';
import type { ResolvedCanaryRollout } from '../model/rollout-spec';

/** The analysis argument that carries the canary ReplicaSet's `rollouts-pod-template-hash`. */
export const CANARY_HASH_ARG = 'canary-hash';

/** One golden-signal measurement of the canary pods: a PromQL query and the condition a measurement passes on. */
export interface CanaryMeasurement {
  readonly name: string;
  readonly query: string;
  readonly successCondition: string;
}

/**
 * The measurements of a server's canary pods. Every query reads only the canary's pods: a Rollout's
 * pods are named `<server>-<rollouts-pod-template-hash>-<5 characters>`, and the hash is the analysis
 * argument. Each query returns one number even when the canary has no series yet (`or vector(…)`),
 * so a missing target fails the measurement instead of erroring it. Request latency and error ratios
 * are left out for the reason the alert rules leave them out: Calypso's client protocols are not
 * known to be instrumented; what is scraped is the JVM (image contract `micrometerJvmMetrics`) and,
 * from kube-state-metrics, the pods' restarts and readiness.
 */
export function canaryMeasurements(namespace: string, server: string, jvmMetrics: boolean): CanaryMeasurement[] {
  const canaryPods = `pod=~"${server}-{{args.${CANARY_HASH_ARG}}}-.*"`;
  const inNamespace = `namespace="${namespace}"`;
  const scraped = `${inNamespace}, service="${server}", ${canaryPods}`;
  const measurements: CanaryMeasurement[] = [
    {
      // Saturation of the scrape itself: every canary pod's metrics endpoint answers.
      name: 'metrics-scraped',
      query: `min(up{${scraped}}) or vector(0)`,
      successCondition: 'result[0] == 1',
    },
    {
      // Errors: a canary container that restarted (crash, OutOfMemoryError, failed liveness).
      name: 'container-restarts',
      query: `sum(kube_pod_container_status_restarts_total{${inNamespace}, ${canaryPods}}) or vector(0)`,
      successCondition: 'result[0] == 0',
    },
    {
      // Errors: a canary pod that went not ready after it started (its readiness includes its dependencies).
      name: 'pods-not-ready',
      query: `sum(kube_pod_status_ready{${inNamespace}, condition="false", ${canaryPods}}) or vector(0)`,
      successCondition: 'result[0] == 0',
    },
  ];
  if (jvmMetrics) {
    const bySeries = 'sum by (pod)';
    measurements.push({
      // Saturation: the heap share the CalypsoJvmHeapHigh alert pages on, for the busiest canary pod.
      name: 'jvm-heap',
      query:
        `max(${bySeries} (jvm_memory_used_bytes{${scraped}, area="heap"}) / ` +
        `${bySeries} (jvm_memory_max_bytes{${scraped}, area="heap"} > 0)) or vector(0)`,
      successCondition: `result[0] < ${JVM_HEAP_THRESHOLD}`,
    });
  }
  return measurements;
}

/** Props of a CalypsoCanaryRollout. */
export interface CalypsoCanaryRolloutProps {
  /** The server's name: of the Rollout, the AnalysisTemplate, and the prefix of its pods' names. */
  readonly name: string;
  /** The namespace the analysis queries read. */
  readonly namespace: string;
  /** The Rollout's metadata (the workload's: its version label is the release). */
  readonly metadata: k8s.ObjectMeta;
  /** The AnalysisTemplate's labels (the configuration's, like the server's Service: a release bump leaves it as it is). */
  readonly analysisLabels: Readonly<Record<string, string>>;
  /** The labels that select the server's pods (they never carry `rollouts-pod-template-hash`). */
  readonly selector: Readonly<Record<string, string>>;
  /** The pod template, the one a Deployment would have; read when the Rollout is rendered, so later changes count. */
  readonly template: k8s.PodTemplateSpec;
  /** `replicas`, unless an autoscaler owns it: read when rendered, so releaseReplicas can remove it. */
  readonly replicas: { readonly replicas?: number };
  /** Seconds before a rollout that makes no progress counts as failed. */
  readonly progressDeadlineSeconds: number;
  /** The steps and the analysis. */
  readonly rollout: ResolvedCanaryRollout;
  /** Whether the pods expose the Micrometer JVM meters. */
  readonly jvmMetrics: boolean;
}

/** The Rollout and AnalysisTemplate of one server. */
export class CalypsoCanaryRollout extends Construct {
  /** The workload: an argoproj.io/v1alpha1 Rollout. */
  public readonly rollout: ApiObject;
  /** The analysis every step runs. */
  public readonly analysisTemplate: analysis.AnalysisTemplate;

  public constructor(scope: Construct, id: string, props: CalypsoCanaryRolloutProps) {
    super(scope, id);
    const { name, rollout } = props;
    const measurements = canaryMeasurements(props.namespace, name, props.jvmMetrics);
    this.analysisTemplate = new analysis.AnalysisTemplate(this, 'AnalysisTemplate', {
      metadata: { name, labels: { ...props.analysisLabels } },
      spec: {
        args: [{ name: CANARY_HASH_ARG }],
        metrics: measurements.map((measurement) => ({
          name: measurement.name,
          interval: rollout.analysis.interval,
          count: analysis.AnalysisTemplateSpecMetricsCount.fromNumber(rollout.analysis.count),
          failureLimit: analysis.AnalysisTemplateSpecMetricsFailureLimit.fromNumber(rollout.analysis.failureLimit),
          successCondition: measurement.successCondition,
          provider: { prometheus: { address: rollout.analysis.prometheusAddress, query: measurement.query } },
        })),
      },
    });
    const analysisStep: rollouts.RolloutSpecStrategyCanarySteps = {
      analysis: {
        templates: [{ templateName: name }],
        args: [{ name: CANARY_HASH_ARG, valueFrom: { podTemplateHashValue: 'Latest' } }],
      },
    };
    const steps = rollout.steps.flatMap((step): rollouts.RolloutSpecStrategyCanarySteps[] => [
      { setWeight: step.weight },
      // A manual pause waits for `kubectl argo rollouts promote`; a timed one lets the JVM start and warm up.
      step.pause === 'manual'
        ? { pause: {} }
        : { pause: { duration: rollouts.RolloutSpecStrategyCanaryStepsPauseDuration.fromString(step.pause) } },
      analysisStep,
    ]);
    const { replicas, template } = props;
    const spec = (): rollouts.RolloutSpec => ({
      replicas: replicas.replicas,
      selector: { matchLabels: { ...props.selector } },
      revisionHistoryLimit: 5,
      progressDeadlineSeconds: props.progressDeadlineSeconds,
      // A rollout stuck past its deadline goes back to the stable release rather than wait with a canary half out.
      progressDeadlineAbort: true,
      strategy: {
        canary: {
          // Like the Deployment: keep full capacity while a slow JVM starts, one extra pod at a time.
          maxSurge: rollouts.RolloutSpecStrategyCanaryMaxSurge.fromNumber(1),
          maxUnavailable: rollouts.RolloutSpecStrategyCanaryMaxUnavailable.fromNumber(0),
          steps,
        },
      },
    });
    // The generated Rollout class maps its pod template through the CRD's own (partly untyped) schema, which
    // would render a quantity as { value }; the template goes through the Kubernetes types instead, as in a
    // Deployment. Both are read when the Rollout is rendered: after every init container is added, and
    // without `replicas` once an autoscaler owns it.
    this.rollout = new ApiObject(this, 'Rollout', {
      ...rollouts.Rollout.GVK,
      metadata: props.metadata,
      spec: Lazy.any({ produce: () => ({ ...rollouts.toJson_RolloutSpec(spec()), template: k8s.toJson_PodTemplateSpec(template) }) }),
    });
  }
}
