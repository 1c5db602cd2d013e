/**
 * A ServiceMonitor per in-cluster server: the Prometheus operator scrapes the
 * server's metrics endpoint (path and port from the image contract) through
 * the server's Service, which it finds by the server's immutable selector
 * labels.
 */
import { Construct } from 'constructs';
import * as prom from '../../imports/monitoring.coreos.com';
import type { CalypsoServer } from './calypso-server';
import { SpecError } from '../model/errors';
import { DEFAULT_SCRAPE_INTERVAL, DEFAULT_SCRAPE_TIMEOUT } from '../model/monitoring-spec';

/** Props of a CalypsoServiceMonitor. */
export interface CalypsoServiceMonitorProps {
  /** The server to scrape; must run in the cluster. */
  readonly server: CalypsoServer;
  /**
   * Labels the Prometheus `serviceMonitorSelector` matches.
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default '30s' */
  readonly interval?: string;
  /** @default '10s' */
  readonly scrapeTimeout?: string;
}

/** The ServiceMonitor of one server, named after it. */
export class CalypsoServiceMonitor extends Construct {
  public readonly serviceMonitor: prom.ServiceMonitor;

  public constructor(scope: Construct, id: string, props: CalypsoServiceMonitorProps) {
    super(scope, id);
    const { server } = props;
    // An external server's Service is an ExternalName: it has no endpoints, so a
    // ServiceMonitor would discover no target. Such a server (the prod Scheduler on
    // premise) is scraped where it runs, by that site's monitoring.
    if (server.workload === undefined) {
      throw new SpecError([
        {
          environment: server.environment.name,
          server: server.name,
          field: 'external',
          message: 'runs outside the cluster; it has no endpoints to scrape',
        },
      ]);
    }
    const contract = server.environment.contract;
    const metadata = server.metadata();
    this.serviceMonitor = new prom.ServiceMonitor(this, 'Resource', {
      metadata: { ...metadata, labels: { ...metadata.labels, ...props.labels } },
      spec: {
        // The Service carries the recommended labels, the selector labels among them;
        // the selector labels never change, so neither does what this selects.
        selector: { matchLabels: { ...server.selector } },
        endpoints: [
          {
            port: contract.health.port.name,
            path: contract.metricsPath,
            scheme:
              contract.health.scheme === 'HTTPS'
                ? prom.ServiceMonitorSpecEndpointsScheme.HTTPS
                : prom.ServiceMonitorSpecEndpointsScheme.HTTP,
            interval: props.interval ?? DEFAULT_SCRAPE_INTERVAL,
            scrapeTimeout: props.scrapeTimeout ?? DEFAULT_SCRAPE_TIMEOUT,
          },
        ],
      },
    });
  }
}
