/** Public API of calypso-k8s: what other teams import into their charts. */
export * from './calypso-environment';
export * from './calypso-platform';
export * from './calypso-server';
export * from './dependency-graph';
export * from './environment-spec';
export * from './errors';
export * from './external-secret';
export * from './image';
export * from './image-contract';
export * from './jvm';
export * from './names';
export * from './pod-security';
export * from './probes';
export * from './properties';
export * from './quantity';
export * from './server-kinds';
export * from './server-spec';
