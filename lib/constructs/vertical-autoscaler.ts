/**
 * CalypsoVerticalAutoscaler: a VerticalPodAutoscaler in recommendation-only
 * mode (`updateMode: Off`) for a server that cannot scale horizontally, so
 * its right size is learned from real load without a single restart. The
 * recommendation covers the server container only, not the helper init
 * containers. A JVM with -Xms equal to -Xmx holds its whole heap, so the
 * memory recommendation mostly mirrors the heap it was given; the CPU
 * recommendation and the GC metrics are the ones to read.
 */
import { Construct } from 'constructs';
import {
  VerticalPodAutoscaler,
  VerticalPodAutoscalerSpecResourcePolicyContainerPoliciesControlledValues as ControlledValues,
  VerticalPodAutoscalerSpecResourcePolicyContainerPoliciesMode as ContainerMode,
  VerticalPodAutoscalerSpecUpdatePolicyUpdateMode as UpdateMode,
} from '../../imports/autoscaling.k8s.io';
import type { CalypsoServer } from './calypso-server';
import { SpecError } from '../model/errors';

/** Props of a CalypsoVerticalAutoscaler. */
export interface CalypsoVerticalAutoscalerProps {
  /** The server to size; never one an HPA scales. */
  readonly server: CalypsoServer;
}

/** A recommendation-only VerticalPodAutoscaler named after its server. */
export class CalypsoVerticalAutoscaler extends Construct {
  public readonly autoscaler: VerticalPodAutoscaler;

  public constructor(scope: Construct, id: string, props: CalypsoVerticalAutoscalerProps) {
    super(scope, id);
    const { server } = props;
    const workload = server.workload;
    if (workload === undefined) {
      throw new SpecError([
        {
          environment: server.environment.name,
          server: server.name,
          field: 'verticalAutoscaling',
          message: 'the server runs outside the cluster (external); there are no pods to size',
        },
      ]);
    }
    this.autoscaler = new VerticalPodAutoscaler(this, 'Resource', {
      metadata: server.metadata(),
      spec: {
        targetRef: { apiVersion: workload.apiVersion, kind: workload.kind, name: workload.name },
        updatePolicy: { updateMode: UpdateMode.OFF },
        resourcePolicy: {
          containerPolicies: [
            {
              containerName: server.kind,
              controlledResources: ['cpu', 'memory'],
              controlledValues: ControlledValues.REQUESTS_AND_LIMITS,
            },
            { containerName: '*', mode: ContainerMode.OFF },
          ],
        },
      },
    });
  }
}
