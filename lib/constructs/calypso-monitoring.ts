/**
 * CalypsoMonitoring: the observability of one environment: a ServiceMonitor
 * per in-cluster server, the environment's alert rules, the log collector
 * hints on every server pod and, when configured, the Alertmanager routing
 * and the event exporter.
 */
import { Construct } from 'constructs';
import { CalypsoAlertRules } from './alert-rules';
import { CalypsoAlertRouting } from './alert-routing';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { ProblemCollector } from '../model/errors';
import { CalypsoEventExporter } from './event-exporter';
import { monitoringProblems, type MonitoringSpec } from '../model/monitoring-spec';
import { CalypsoServiceMonitor } from './service-monitor';

/** Props of CalypsoMonitoring. */
export interface CalypsoMonitoringProps {
  readonly environment: CalypsoEnvironment;
  readonly monitoring: MonitoringSpec;
  /** Every server of the environment, with its dependencies declared. */
  readonly servers: readonly CalypsoServer[];
}

/** Observability of one environment. Build it after the servers and their dependencies. */
export class CalypsoMonitoring extends Construct {
  public readonly serviceMonitors: ReadonlyMap<string, CalypsoServiceMonitor>;
  public readonly alertRules: CalypsoAlertRules;
  /** Receivers and routes, when the spec has `alerting`. */
  public readonly alertRouting?: CalypsoAlertRouting;
  public readonly eventExporter?: CalypsoEventExporter;
  private readonly monitoring: MonitoringSpec;
  private readonly monitors = new Map<string, CalypsoServiceMonitor>();

  /** Throws SpecError listing every problem with the monitoring settings. */
  public constructor(scope: Construct, id: string, props: CalypsoMonitoringProps) {
    super(scope, id);
    const { environment, monitoring } = props;
    // A resolved environment's monitoring was checked when it was resolved.
    if (environment.resolved?.spec.monitoring !== monitoring) {
      const problems = new ProblemCollector(environment.name);
      monitoringProblems(
        {
          tier: environment.tier,
          monitoring,
          imageContract: environment.settings.imageContract,
          servers: props.servers.map((s) => s.resolved),
        },
        problems,
      );
      problems.throwIfAny();
    }

    this.monitoring = monitoring;
    this.serviceMonitors = this.monitors;
    for (const server of props.servers) this.monitor(server);
    this.alertRules = new CalypsoAlertRules(this, 'AlertRules', { environment, servers: props.servers, monitoring });
    if (monitoring.alerting)
      this.alertRouting = new CalypsoAlertRouting(this, 'AlertRouting', { environment, alerting: monitoring.alerting });
    if (monitoring.eventExporter) {
      this.eventExporter = new CalypsoEventExporter(this, 'EventExporter', {
        ...monitoring.eventExporter,
        environment,
        podAnnotations: monitoring.logging?.podAnnotations,
      });
    }
  }

  /**
   * Takes in a server added after the monitoring was built (see CalypsoPlatform): its log hints,
   * its ServiceMonitor and its alerts. Call once its dependencies are declared.
   */
  public addServer(server: CalypsoServer): void {
    if (this.monitors.has(server.name)) return;
    this.monitor(server);
    this.alertRules.addServer(server);
  }

  private monitor(server: CalypsoServer): void {
    const monitoring = this.monitoring;
    // External servers (ExternalName Services) have no pods to annotate nor endpoints to scrape; see CalypsoServiceMonitor.
    if (server.workload === undefined) return;
    for (const [key, value] of Object.entries(monitoring.logging?.podAnnotations ?? {})) server.addPodAnnotation(key, value);
    this.monitors.set(
      server.name,
      new CalypsoServiceMonitor(this, `ServiceMonitor-${server.name}`, {
        server,
        labels: monitoring.serviceMonitorLabels,
        interval: monitoring.scrapeInterval,
        scrapeTimeout: monitoring.scrapeTimeout,
      }),
    );
  }
}
