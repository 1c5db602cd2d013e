/**
 * CalypsoDisruptionBudget: a `policy/v1` PodDisruptionBudget for a server
 * that may run more than one pod. One pod at a time may be evicted, so a node
 * drain always makes progress while the server keeps serving, even at the
 * server's minimum replica count; pods that are not ready may always be
 * evicted, so a broken pod never blocks a drain. Only a server whose spec
 * says `blockNodeDrains` gets a budget that allows no eviction.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoServer } from './calypso-server';

/** Props of a CalypsoDisruptionBudget. */
export interface CalypsoDisruptionBudgetProps {
  /** The server whose pods the budget covers. */
  readonly server: CalypsoServer;
  /**
   * Allow no eviction (`maxUnavailable: 0`): every node drain waits on this
   * server's nodes until someone moves or stops its pods by hand.
   * @default - the server's plan (`blockNodeDrains` of its spec)
   */
  readonly blockNodeDrains?: boolean;
}

/** A PodDisruptionBudget named after its server, selecting its pods by the immutable selector labels. */
export class CalypsoDisruptionBudget extends Construct {
  public readonly budget: k8s.KubePodDisruptionBudget;

  public constructor(scope: Construct, id: string, props: CalypsoDisruptionBudgetProps) {
    super(scope, id);
    const { server } = props;
    const blocks = props.blockNodeDrains ?? server.plan.blocksNodeDrains;
    this.budget = new k8s.KubePodDisruptionBudget(this, 'Resource', {
      metadata: server.metadata(),
      spec: {
        maxUnavailable: k8s.IntOrString.fromNumber(blocks ? 0 : 1),
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
        selector: { matchLabels: server.selector },
      },
    });
  }
}
