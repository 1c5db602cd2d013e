/**
 * The access Roles by what people do with them: every kubectl command of
 * the runbooks (docs/runbooks/), turned into the API requests it makes, is
 * allowed to the read-only group when it only reads, and to the break-glass
 * group when it changes something or gets into a pod; the read-only Role
 * has no write verb at all; Secrets are nobody's; and outside dev,
 * break-glass is the only Role that can exec or port-forward. Read over the
 * committed dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedFolders } from './committed-dist';
import type { Manifest } from '../lib/output/render';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}
interface Binding {
  roleRef: { name: string };
  subjects: { kind: string; name: string }[];
}

/** One API request a command makes: in the environment's namespace, or somewhere people of these groups never get (`platform`). */
interface Request {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly platform?: boolean;
}

const RUNBOOKS = join(__dirname, '..', 'docs', 'runbooks');
const READ_VERBS = new Set(['get', 'list', 'watch']);

/** kubectl's short and plural names, to API group and resource. */
const RESOURCES: Record<string, [string, string]> = {
  pod: ['', 'pods'],
  pods: ['', 'pods'],
  events: ['', 'events'],
  pvc: ['', 'persistentvolumeclaims'],
  secret: ['', 'secrets'],
  service: ['', 'services'],
  configmap: ['', 'configmaps'],
  node: ['', 'nodes'],
  nodes: ['', 'nodes'],
  deploy: ['apps', 'deployments'],
  deployment: ['apps', 'deployments'],
  deployments: ['apps', 'deployments'],
  statefulsets: ['apps', 'statefulsets'],
  job: ['batch', 'jobs'],
  jobs: ['batch', 'jobs'],
  hpa: ['autoscaling', 'horizontalpodautoscalers'],
  externalsecret: ['external-secrets.io', 'externalsecrets'],
  externalsecrets: ['external-secrets.io', 'externalsecrets'],
  clustersecretstores: ['external-secrets.io', 'clustersecretstores'],
  networkpolicy: ['networking.k8s.io', 'networkpolicies'],
  servicemonitors: ['monitoring.coreos.com', 'servicemonitors'],
  prometheus: ['monitoring.coreos.com', 'prometheuses'],
  application: ['argoproj.io', 'applications'],
};
const CLUSTER_SCOPED = new Set(['nodes', 'clustersecretstores']);
/** Flags followed by a value (the runbooks write the others with `=` or without one). */
const VALUE_FLAGS = new Set(['-n', '-l', '-o', '-c', '--field-selector']);

/** Every kubectl command line of the runbooks, up to a pipe, `&`, a comment or the end of its code span. */
function runbookCommands(): { file: string; command: string }[] {
  return readdirSync(RUNBOOKS)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) =>
      [...readFileSync(join(RUNBOOKS, file), 'utf8').matchAll(/kubectl [^`|&#\n]+/g)].map((match) => ({ file, command: match[0].trim() })),
    );
}

/** The API requests of one kubectl command, as the API server authorizes them. */
function requestsOf(command: string): Request[] {
  const tokens = command
    .replace(/"\$JOB"/g, 'job/the-job')
    .split(/\s+/)
    .map((token) => token.replace(/^"|"$/g, ''));
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (VALUE_FLAGS.has(token)) flags.set(token, tokens[++index]);
    else if (token.startsWith('-')) flags.set(token.split('=')[0], true);
    else positionals.push(token);
  }
  const [subcommand, ...rest] = positionals;
  const outside = flags.has('-A') || (flags.get('-n') !== undefined && !String(flags.get('-n')).includes('NS'));
  const on = (verb: string, kind: string): Request => {
    const known = RESOURCES[kind];
    if (!known) throw new Error(`a runbook command on an unknown resource "${kind}": ${command}`);
    const [group, resource] = known;
    return { verb, group, resource, ...(outside || CLUSTER_SCOPED.has(resource) ? { platform: true } : {}) };
  };
  const pod = (verb: string, subresource: string): Request[] => [
    { verb: 'get', group: '', resource: 'pods' },
    { verb, group: '', resource: `pods/${subresource}` },
  ];
  /** `type/name`, or `type name`, or `type` alone (then a list). */
  const target = (): { kinds: string[]; named: boolean } => {
    const [first, second] = rest;
    if (first.includes('/')) return { kinds: [first.split('/')[0]], named: true };
    return { kinds: first.split(','), named: second !== undefined };
  };
  switch (subcommand) {
    case 'get': {
      const { kinds, named } = target();
      return kinds.flatMap((kind) => [on(named ? 'get' : 'list', kind), ...(flags.has('-w') ? [on('watch', kind)] : [])]);
    }
    case 'describe': {
      // describe also lists the object's events; with -l it lists the objects first.
      const { kinds } = target();
      return [...kinds.flatMap((kind) => [on('get', kind), on('list', kind)]), on('list', 'events')];
    }
    case 'logs':
      return rest[0].startsWith('job/') ? [on('get', 'job'), on('list', 'pods'), ...pod('get', 'log')] : pod('get', 'log');
    case 'port-forward':
      return pod('create', 'portforward');
    case 'exec':
    case 'cp':
      return pod('create', 'exec');
    case 'rollout': {
      const [kind] = rest[1].split('/');
      return rest[0] === 'restart' ? [on('get', kind), on('patch', kind)] : [on('get', kind), on('watch', kind)];
    }
    case 'annotate':
      return [on('get', rest[0]), on('patch', rest[0])];
    case 'delete':
      return [on('delete', target().kinds[0])];
    case 'taint':
      return [on('patch', rest[0])];
    default:
      throw new Error(`a runbook command this test does not know yet: ${command}`);
  }
}

function rulesOf(manifests: readonly Manifest[], role: string): Rule[] {
  const found = manifests.find((manifest) => manifest.kind === 'Role' && manifest.metadata.name === role);
  return (found?.rules as Rule[] | undefined) ?? [];
}
const allows = (rules: readonly Rule[], request: Request): boolean =>
  rules.some(
    (rule) =>
      rule.resourceNames === undefined &&
      rule.apiGroups.includes(request.group) &&
      rule.resources.includes(request.resource) &&
      rule.verbs.includes(request.verb),
  );
const describeRequest = (request: Request): string => `${request.verb} ${request.group ? `${request.group}/` : ''}${request.resource}`;

const commands = runbookCommands();
const requests = commands.map(({ file, command }) => ({ file, command, requests: requestsOf(command) }));
const inNamespace = requests.flatMap((entry) => entry.requests.filter((request) => !request.platform));
/** The environments on shared clusters: a local cluster's one user is its owner (admin kubeconfig), so local binds no groups. */
const environments = committedFolders().filter((folder) => folder.environment !== undefined && folder.environment.spec.tier !== 'local');

test('a local environment binds nobody: no Role or RoleBinding for people', () => {
  const local = committedFolders().find((folder) => folder.environment?.spec.tier === 'local');
  expect(local?.manifests.filter((manifest) => manifest.kind === 'RoleBinding' && manifest.metadata.name.startsWith('calypso-'))).toEqual(
    [],
  );
});

test('the runbooks are read: every kubectl command they give is understood', () => {
  expect(commands.length).toBeGreaterThan(50);
  // What only the platform team does: nodes, the cluster's secret stores, other namespaces.
  expect(
    new Set(requests.flatMap((entry) => entry.requests.filter((request) => request.platform).map((request) => request.resource))),
  ).toEqual(new Set(['nodes', 'clustersecretstores', 'prometheuses', 'applications']));
});

describe.each(environments.map((folder) => [folder.name, folder.manifests] as const))('%s', (name, manifests) => {
  const readOnly = rulesOf(manifests, 'calypso-read-only');
  const breakGlass = rulesOf(manifests, 'calypso-break-glass');

  test('the read-only group can do every read a runbook does in the namespace, Secrets aside', () => {
    const reads = inNamespace.filter((request) => READ_VERBS.has(request.verb) && request.resource !== 'secrets');
    expect(reads.filter((request) => !allows(readOnly, request)).map(describeRequest)).toEqual([]);
  });

  test('the read-only Role changes nothing and sees no Secret', () => {
    expect(readOnly.flatMap((rule) => rule.verbs).filter((verb) => !READ_VERBS.has(verb))).toEqual([]);
    expect(
      readOnly
        .flatMap((rule) => rule.resources)
        .filter((resource) => resource === 'secrets' || /\/(exec|attach|portforward|proxy)$/.test(resource)),
    ).toEqual([]);
  });

  test('every namespaced kind the environment renders can be read: a runbook written later finds it readable', () => {
    const rendered = manifests
      .filter((manifest) => manifest.metadata.namespace !== undefined)
      .map((manifest): Request => {
        const group = manifest.apiVersion.includes('/') ? manifest.apiVersion.split('/')[0] : '';
        const kind = manifest.kind.toLowerCase();
        return { verb: 'list', group, resource: /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : `${kind}s` };
      });
    expect(rendered.length).toBeGreaterThan(20);
    expect([...new Set(rendered.filter((request) => !allows(readOnly, request)).map(describeRequest))]).toEqual([]);
  });

  test("Secrets are nobody's, not even break-glass's", () => {
    const roles = manifests.filter((manifest) => manifest.kind === 'Role' && String(manifest.metadata.name).startsWith('calypso-'));
    for (const role of roles) expect((role.rules as Rule[]).flatMap((rule) => rule.resources)).not.toContain('secrets');
  });

  if (name === 'dev') return;

  test('the break-glass group can do every change and every way into a pod a runbook gives, and is bound to its own group', () => {
    const acts = inNamespace.filter((request) => !READ_VERBS.has(request.verb));
    expect(acts.length).toBeGreaterThan(5);
    expect(acts.filter((request) => !allows(breakGlass, request)).map(describeRequest)).toEqual([]);
    expect(acts.filter((request) => allows(readOnly, request)).map(describeRequest)).toEqual([]);
    const binding = manifests.find(
      (manifest) => manifest.kind === 'RoleBinding' && manifest.metadata.name === 'calypso-break-glass',
    ) as unknown as Binding;
    const groups = binding.subjects.map((subject) => subject.name);
    expect(groups).toEqual([`calypso-${name}-break-glass`]);
    // It reads too (a break-glass certificate carries only that group), but holds no read-only group's other rights.
    const readOnlyBinding = manifests.find(
      (manifest) => manifest.kind === 'RoleBinding' && manifest.metadata.name === 'calypso-read-only',
    ) as unknown as Binding;
    expect(readOnlyBinding.subjects.map((subject) => subject.name)).toContain(`calypso-${name}-break-glass`);
  });

  test('break-glass is the only Role that can exec, attach or port-forward', () => {
    const intoPods = manifests
      .filter((manifest) => manifest.kind === 'Role')
      .filter((role) =>
        (role.rules as Rule[]).some((rule) => rule.resources.some((resource) => /^pods\/(exec|attach|portforward)$/.test(resource))),
      )
      .map((role) => role.metadata.name);
    expect(intoPods).toEqual(['calypso-break-glass']);
  });
});
