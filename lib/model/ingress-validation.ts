/**
 * The rules of an environment's ingress spec (types in ingress-spec.ts):
 * every route names a server that runs in the cluster and one of its
 * Service ports, hosts are DNS names, no two routes share a host and path,
 * prod has TLS and never NodePort. Plain data; no cdk8s here.
 */
import { cidrProblem } from './cidr';
import type { ProblemCollector } from './errors';
import type { ImageContract } from './image-contract';
import { exposureOf, type IngressRoute, type IngressSpec } from './ingress-spec';
import { isDnsLabel, isDnsSubdomain } from './names';
import type { ResolvedServer } from './resolved-server';
import type { Tier } from './tier';

/** Node ports Kubernetes allocates by default. */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;

/** The route's path, defaulted. */
export function routePath(route: IngressRoute): string {
  return route.path ?? '/';
}

/** The Service port a route goes to, defaulted to the server's first service port. */
export function routePort(route: IngressRoute, server: ResolvedServer, contract: ImageContract): string {
  return route.port ?? contract.servicePorts[server.kind][0].name;
}

/** Checks the environment's `ingress`. */
export function ingressProblems(
  ingress: IngressSpec | undefined,
  tier: Tier,
  servers: readonly ResolvedServer[],
  contract: ImageContract,
  problems: ProblemCollector,
): void {
  if (ingress === undefined) return;
  const fail = problems.reporter();
  const exposure = exposureOf(ingress);
  if (exposure === 'nodePort') {
    if (tier === 'prod')
      fail('ingress.exposure', 'prod exposes servers through the Gateway or an ingress controller only, never on node ports');
    if (ingress.tls !== undefined) fail('ingress.tls', 'a NodePort Service cannot terminate TLS; TLS needs exposure gateway or ingress');
    const sources = ingress.nodePortSources ?? [];
    if (sources.length === 0) {
      fail('ingress.nodePortSources', 'node ports need the addresses their traffic comes from (the node network), e.g. 192.168.49.0/24');
    }
    for (const source of sources) {
      const problem = cidrProblem(source);
      if (problem) fail('ingress.nodePortSources', problem);
    }
  } else if (ingress.nodePortSources !== undefined) {
    fail('ingress.nodePortSources', 'only node ports take sources; the ingress controller is admitted by its namespace');
  }
  if (exposure !== 'nodePort' && ingress.tls === undefined && tier === 'prod') {
    fail('ingress.tls', 'prod serves every host over TLS; give tls.clusterIssuer, tls.fromSecretStore or tls.provided with tls.secretName');
  }
  const tls = ingress.tls;
  if (tls !== undefined && exposure !== 'nodePort') {
    const sources = [
      tls.clusterIssuer !== undefined ? 'clusterIssuer' : undefined,
      tls.fromSecretStore !== undefined ? 'fromSecretStore' : undefined,
      tls.provided === true ? 'provided' : undefined,
    ].filter((source) => source !== undefined);
    if (sources.length === 0) {
      fail(
        'ingress.tls',
        `nothing makes the TLS Secret${tls.secretName === undefined ? '' : ` "${tls.secretName}"`}; give tls.clusterIssuer (cert-manager), tls.fromSecretStore (External Secrets) or tls.provided: true (made outside this repository)`,
      );
    } else if (sources.length > 1) {
      fail('ingress.tls', `the TLS Secret is made one way only; choose one of ${sources.map((source) => `tls.${source}`).join(', ')}`);
    }
    if (tls.provided === true && tls.secretName === undefined) {
      fail('ingress.tls.secretName', 'a provided TLS Secret needs its name; give tls.secretName');
    }
  }
  if (exposure !== 'gateway' && ingress.gateway !== undefined) {
    fail('ingress.gateway', `only exposure gateway takes a Gateway; this front door is exposure ${exposure}`);
  }
  if (exposure === 'gateway' && (ingress.className !== undefined || ingress.controllerNamespace !== undefined)) {
    fail(
      ingress.className !== undefined ? 'ingress.className' : 'ingress.controllerNamespace',
      'an ingress controller setting needs exposure ingress; the Gateway takes ingress.gateway.className and ingress.gateway.dataPlaneNamespace',
    );
  }
  const gateway = ingress.gateway;
  if (gateway?.className !== undefined && !isDnsSubdomain(gateway.className)) {
    fail('ingress.gateway.className', `"${gateway.className}" is not a GatewayClass name`);
  }
  if (gateway?.dataPlaneNamespace !== undefined && !isDnsLabel(gateway.dataPlaneNamespace)) {
    fail('ingress.gateway.dataPlaneNamespace', `"${gateway.dataPlaneNamespace}" is not a namespace name`);
  }
  if (ingress.className !== undefined && !isDnsSubdomain(ingress.className)) {
    fail('ingress.className', `"${ingress.className}" is not an IngressClass name`);
  }
  if (ingress.controllerNamespace !== undefined && !isDnsLabel(ingress.controllerNamespace)) {
    fail('ingress.controllerNamespace', `"${ingress.controllerNamespace}" is not a namespace name`);
  }
  if (ingress.tls?.secretName !== undefined && !isDnsSubdomain(ingress.tls.secretName)) {
    fail('ingress.tls.secretName', `"${ingress.tls.secretName}" is not a Secret name`);
  }
  if (ingress.tls?.clusterIssuer !== undefined && !isDnsSubdomain(ingress.tls.clusterIssuer)) {
    fail('ingress.tls.clusterIssuer', `"${ingress.tls.clusterIssuer}" is not a ClusterIssuer name`);
  }
  if ((ingress.routes ?? []).length === 0) fail('ingress.routes', 'exposes nothing; leave ingress out instead');

  const byName = new Map(servers.map((server) => [server.name, server]));
  const hostPaths = new Map<string, number>();
  const nodePorts = new Map<number, number>();
  const servicePorts = new Map<string, number>();
  (ingress.routes ?? []).forEach((route, index) => {
    const at = `ingress.routes[${index}]`;
    if (!isDnsSubdomain(route.host ?? '')) fail(`${at}.host`, `"${route.host}" is not a DNS name (lowercase labels separated by dots)`);
    const path = routePath(route);
    if (!/^\/[^\s]*$/.test(path)) fail(`${at}.path`, `"${path}" is not an absolute URL path`);
    if (exposure !== 'nodePort') {
      const key = `${route.host}${path}`;
      const other = hostPaths.get(key);
      if (other !== undefined)
        fail(`${at}.path`, `${route.host}${path} is already routed by ingress.routes[${other}]; each host and path goes to one server`);
      else hostPaths.set(key, index);
    }

    const server = byName.get(route.server);
    if (server === undefined) {
      fail(`${at}.server`, `"${route.server}" is not a server of this environment (servers: ${[...byName.keys()].join(', ')})`);
    } else if (server.external) {
      fail(`${at}.server`, `${route.server} runs outside the cluster (external); expose it where it runs`);
    } else {
      const port = routePort(route, server, contract);
      const names = contract.servicePorts[server.kind].map((p) => p.name);
      if (port === contract.health.port.name) {
        fail(`${at}.port`, `${port} serves health and metrics inside the cluster and is never exposed; use one of ${names.join(', ')}`);
      } else if (!names.includes(port)) {
        fail(
          `${at}.port`,
          `"${port}" is not a Service port of ${route.server} (ports: ${names.join(', ')}); the Ingress and its network policy would open a port nothing listens on`,
        );
      } else if (exposure === 'nodePort') {
        const key = `${route.server}/${port}`;
        const other = servicePorts.get(key);
        if (other !== undefined) fail(`${at}.port`, `${key} is already published by ingress.routes[${other}]; a port gets one node port`);
        else servicePorts.set(key, index);
      }
    }

    if (exposure !== 'nodePort') {
      if (route.nodePort !== undefined)
        fail(`${at}.nodePort`, 'a node port needs exposure nodePort; the ingress controller routes by host and path');
    } else if (route.nodePort === undefined) {
      fail(`${at}.nodePort`, `exposure nodePort needs a node port for every route (${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max})`);
    } else if (!Number.isInteger(route.nodePort) || route.nodePort < NODE_PORT_RANGE.min || route.nodePort > NODE_PORT_RANGE.max) {
      fail(`${at}.nodePort`, `${route.nodePort} is outside the node port range ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`);
    } else {
      const other = nodePorts.get(route.nodePort);
      if (other !== undefined) fail(`${at}.nodePort`, `${route.nodePort} is already taken by ingress.routes[${other}]`);
      else nodePorts.set(route.nodePort, index);
    }
  });
}
