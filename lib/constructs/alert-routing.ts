/**
 * Who is paged: the environment's Alertmanager receivers and a route per
 * severity, as an AlertmanagerConfig (monitoring.coreos.com/v1alpha1), with
 * every routing key and webhook URL fetched by the External Secrets Operator
 * into the Secret `calypso-alerting`, never written to the repository.
 *
 * The Prometheus operator merges an AlertmanagerConfig into its Alertmanager
 * under a route that matches only alerts of the object's namespace
 * (`alertmanagerConfigMatcherStrategy: OnNamespace`, its default), so an
 * environment can never take another's alerts. The Alertmanager must select
 * it (`alertmanagerConfigSelector`, `alertmanagerConfigNamespaceSelector`):
 * see the README, "Supported versions and what the cluster must provide".
 */
import { Construct } from 'constructs';
import * as am from '../../imports/monitoring.coreos.com-alertmanagerconfig';
import type { CalypsoEnvironment } from './calypso-environment';
import { CalypsoExternalSecret } from './external-secret';
import {
  ALERTING_NAME,
  DEFAULT_REPEAT_INTERVAL,
  SEVERITIES,
  UNROUTED_RECEIVER,
  type AlertingSpec,
  type AlertReceiverSpec,
} from '../model/monitoring-spec';

/** Labels alerts are grouped by: one notification per alert and server. */
export const ALERT_GROUP_BY = ['alertname', 'environment', 'server'] as const;

/** The Secret key holding a receiver's credential. */
export function receiverSecretKey(receiver: string): string {
  return receiver;
}

function receiverConfig(receiver: AlertReceiverSpec): am.AlertmanagerConfigSpecReceivers {
  const secret = { name: ALERTING_NAME, key: receiverSecretKey(receiver.name) };
  const sendResolved = receiver.sendResolved ?? true;
  switch (receiver.type) {
    case 'pagerduty':
      return { name: receiver.name, pagerdutyConfigs: [{ routingKey: secret, sendResolved }] };
    case 'slack':
      return { name: receiver.name, slackConfigs: [{ apiUrl: secret, sendResolved }] };
    case 'msteams':
      return { name: receiver.name, msteamsConfigs: [{ webhookUrl: secret, sendResolved }] };
    case 'webhook':
      return { name: receiver.name, webhookConfigs: [{ urlSecret: secret, sendResolved }] };
  }
}

/** Props of CalypsoAlertRouting. */
export interface CalypsoAlertRoutingProps {
  readonly environment: CalypsoEnvironment;
  /** Receivers and routes, already checked (monitoringProblems). */
  readonly alerting: AlertingSpec;
}

/** The AlertmanagerConfig and the ExternalSecret of its credentials. */
export class CalypsoAlertRouting extends Construct {
  public readonly alertmanagerConfig: am.AlertmanagerConfig;
  public readonly credentials: CalypsoExternalSecret;

  public constructor(scope: Construct, id: string, props: CalypsoAlertRoutingProps) {
    super(scope, id);
    const { environment, alerting } = props;
    this.credentials = new CalypsoExternalSecret(this, 'Credentials', {
      environment,
      name: ALERTING_NAME,
      component: 'alerting',
      store: environment.settings.secretStore,
      data: Object.fromEntries(alerting.receivers.map((receiver) => [receiverSecretKey(receiver.name), receiver.credential])),
    });
    const routes = SEVERITIES.flatMap((severity) => {
      const receiver = alerting.routes[severity];
      return receiver === undefined
        ? []
        : [
            {
              receiver,
              matchers: [{ name: 'severity', value: severity, matchType: am.AlertmanagerConfigSpecRouteMatchersMatchType.VALUE_EQUALS }],
            },
          ];
    });
    this.alertmanagerConfig = new am.AlertmanagerConfig(this, 'Resource', {
      metadata: { name: ALERTING_NAME, labels: environment.labels('alertmanager-config', 'alerting') },
      spec: {
        route: {
          // The root route needs a receiver; alerts of a severity no route takes notify nobody.
          receiver: UNROUTED_RECEIVER,
          groupBy: [...ALERT_GROUP_BY],
          repeatInterval: alerting.repeatInterval ?? DEFAULT_REPEAT_INTERVAL,
          routes,
        },
        receivers: [{ name: UNROUTED_RECEIVER }, ...alerting.receivers.map(receiverConfig)],
      },
    });
  }
}
