/**
 * CalypsoHorizontalAutoscaler: an `autoscaling/v2` HorizontalPodAutoscaler
 * for a server whose preset scales horizontally, with scaling behaviour
 * fit for a JVM, which takes minutes to start and take load. The workload
 * then leaves `spec.replicas` to the autoscaler, so a GitOps sync never
 * resets what it scaled to.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  horizontalAutoscalingProblems,
  resolveHorizontalAutoscaling,
  type HorizontalAutoscalingOptions,
  type ResolvedHorizontalAutoscaling,
} from '../model/autoscaling-spec';
import type { CalypsoServer } from './calypso-server';
import { ProblemCollector } from '../model/errors';

/** Props of a CalypsoHorizontalAutoscaler. */
export interface CalypsoHorizontalAutoscalerProps extends HorizontalAutoscalingOptions {
  /** The server to scale; its preset must scale horizontally. */
  readonly server: CalypsoServer;
}

/**
 * How fast the autoscaler moves. Up: a rise must last two minutes, then at
 * most two pods or half the current count per five minutes, about the time
 * a new JVM needs to start and take load, so each step is measured before
 * the next. Down: only after ten minutes of lower load, one pod per five
 * minutes, so a lull between batches does not throw away warmed-up JVMs.
 */
export const JVM_SCALING_BEHAVIOR: k8s.HorizontalPodAutoscalerBehaviorV2 = {
  scaleUp: {
    stabilizationWindowSeconds: 120,
    selectPolicy: 'Max',
    policies: [
      { type: 'Pods', value: 2, periodSeconds: 300 },
      { type: 'Percent', value: 50, periodSeconds: 300 },
    ],
  },
  scaleDown: {
    stabilizationWindowSeconds: 600,
    selectPolicy: 'Min',
    policies: [{ type: 'Pods', value: 1, periodSeconds: 300 }],
  },
};

/** A HorizontalPodAutoscaler named after its server. */
export class CalypsoHorizontalAutoscaler extends Construct {
  public readonly autoscaler: k8s.KubeHorizontalPodAutoscalerV2;
  public readonly minReplicas: number;
  public readonly maxReplicas: number;

  /** Throws SpecError if the server cannot be scaled or the numbers are wrong. */
  public constructor(scope: Construct, id: string, props: CalypsoHorizontalAutoscalerProps) {
    super(scope, id);
    const { server, ...options } = props;
    const planned = server.plan.autoscaling;
    // The autoscaling a resolved environment plans was checked when it was resolved.
    const given = { minReplicas: options.minReplicas, maxReplicas: options.maxReplicas, utilization: options.utilization };
    const asPlanned = planned !== undefined && JSON.stringify(planned) === JSON.stringify(given);
    const scaling = asPlanned ? planned : CalypsoHorizontalAutoscaler.checked(server, options);
    const workload = server.workload!;
    this.minReplicas = scaling.minReplicas;
    this.maxReplicas = scaling.maxReplicas;
    server.releaseReplicas();
    this.autoscaler = new k8s.KubeHorizontalPodAutoscalerV2(this, 'Resource', {
      metadata: server.metadata(),
      spec: {
        scaleTargetRef: { apiVersion: workload.apiVersion, kind: workload.kind, name: workload.name },
        minReplicas: scaling.minReplicas,
        maxReplicas: scaling.maxReplicas,
        metrics: Object.entries(scaling.utilization).map(([name, averageUtilization]) => ({
          type: 'Resource',
          resource: { name, target: { type: 'Utilization', averageUtilization } },
        })),
        behavior: JVM_SCALING_BEHAVIOR,
      },
    });
  }

  /** Checks hand-given options by the rules of a spec's autoscaling, and applies their defaults. */
  private static checked(server: CalypsoServer, options: HorizontalAutoscalingOptions): ResolvedHorizontalAutoscaling {
    const problems = new ProblemCollector(server.environment.name);
    horizontalAutoscalingProblems(server.resolved, { autoscaling: options }, problems);
    problems.throwIfAny();
    return resolveHorizontalAutoscaling(options, server.resolved.replicas)!;
  }
}
