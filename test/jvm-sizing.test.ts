/** JVM memory sizing (heap, capped non-heap areas, stacks) and startup budgets that follow the CPU a server gets. */
import { DEFAULT_IMAGE_CONTRACT } from '../lib/model/image-contract';
import { heapFor, jvmMemoryPlan, NON_HEAP_FLOOR_BYTES } from '../lib/model/jvm';
import { formatMemory, parseCpu, parseMemory } from '../lib/model/quantity';
import { SERVER_PRESETS, startupBudgetFor, type ServerKind } from '../lib/model/server-kinds';
import { committedManifests, envOf, refusal, serverContainer, serverWorkloads, specWith, testSpec } from './helpers';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
const ENVIRONMENTS = ['dev', 'uat', 'prod'];

/** A JVM size flag value (`24g`, `1280m`, `1m`) in bytes. */
function jvmBytes(value: string): number {
  const match = /^(\d+)([gmk])$/.exec(value);
  if (match === null) throw new Error(`not a JVM size: ${value}`);
  return Number(match[1]) * { g: GIB, m: MIB, k: 1024 }[match[2] as 'g' | 'm' | 'k'];
}

/** A quantity of rendered JSON (typed as an L1 Quantity, but a plain string or number). */
const quantityOf = (resources: object | undefined, name: string): string =>
  String((resources as Record<string, unknown> | undefined)?.[name]);

function memoryFlags(options: string): Record<string, number> {
  const flags: Record<string, number> = {};
  for (const flag of options.split(' ')) {
    const match = /^(-Xms|-Xmx|-Xss|-XX:\w+=)(\w+)$/.exec(flag);
    if (match !== null) flags[match[1].replace(/=$/, '')] = jvmBytes(match[2]);
  }
  return flags;
}

describe('JVM memory in the committed environments', () => {
  const servers = ENVIRONMENTS.flatMap((environment) =>
    serverWorkloads(committedManifests(environment)).map((workload) => {
      const container = serverContainer(workload);
      const limit = parseMemory(quantityOf(container.resources?.limits, 'memory'))!;
      const flags = memoryFlags(envOf(container)[DEFAULT_IMAGE_CONTRACT.jvm.memoryOptsVariable] ?? '');
      return { server: `${environment}/${workload.metadata.name}`, limit, flags };
    }),
  );

  test('every server has a fixed heap and caps on metaspace, code cache, direct memory and stacks', () => {
    for (const { server, flags } of servers) {
      expect({ server, flags: Object.keys(flags).sort() }).toEqual({
        server,
        flags: ['-XX:MaxDirectMemorySize', '-XX:MaxMetaspaceSize', '-XX:ReservedCodeCacheSize', '-Xms', '-Xmx', '-Xss'],
      });
      expect({ server, xms: flags['-Xms'] }).toEqual({ server, xms: flags['-Xmx'] });
    }
  });

  test('heap, capped areas and thread stacks fit the limit, with room left for the rest of native memory', () => {
    const { maxThreads } = DEFAULT_IMAGE_CONTRACT.threadStacks;
    for (const { server, limit, flags } of servers) {
      const nonHeap = limit - flags['-Xmx'];
      expect({ server, nonHeapAtLeast: nonHeap >= Math.max(NON_HEAP_FLOOR_BYTES, limit / 4) }).toEqual({ server, nonHeapAtLeast: true });
      const capped =
        flags['-XX:MaxMetaspaceSize'] + flags['-XX:ReservedCodeCacheSize'] + flags['-XX:MaxDirectMemorySize'] + maxThreads * flags['-Xss'];
      // What is left (GC structures, symbols, malloc arenas) is at least a tenth of the non-heap budget.
      expect({ server, leftForNative: nonHeap - capped >= nonHeap / 10 }).toEqual({ server, leftForNative: true });
    }
  });
});

describe('JVM memory arithmetic', () => {
  test('small JVMs keep 768Mi outside the heap, large ones 25% of the limit', () => {
    expect(formatMemory(heapFor(1 * GIB) as number)).toBe('256Mi');
    expect(formatMemory(heapFor(2 * GIB) as number)).toBe('1280Mi');
    expect(formatMemory(heapFor(4 * GIB) as number)).toBe('3Gi');
    expect(formatMemory(heapFor(32 * GIB) as number)).toBe('24Gi');
  });

  test('the parts add up to the limit', () => {
    const plan = jvmMemoryPlan(DEFAULT_IMAGE_CONTRACT, 2 * GIB, 1280 * MIB);
    expect(plan).toEqual({
      limitBytes: 2 * GIB,
      heapBytes: 1280 * MIB,
      metaspaceBytes: 227 * MIB,
      codeCacheBytes: 113 * MIB,
      directMemoryBytes: 113 * MIB,
      threadStackBytes: 200 * MIB,
      threadStackSizeBytes: 1 * MIB,
      otherNativeBytes: 115 * MIB,
    });
    const large = jvmMemoryPlan(DEFAULT_IMAGE_CONTRACT, 32 * GIB, 24 * GIB);
    expect([large.metaspaceBytes, large.codeCacheBytes, large.directMemoryBytes].map(formatMemory)).toEqual(['1Gi', '240Mi', '1Gi']);
  });

  test('a heap that leaves too little outside it is refused', () => {
    expect(refusal(specWith({ kind: 'calculator', memory: '2Gi', jvm: { heap: '1536Mi' } }))).toContain(
      '[test] server calculator, field memory: memory limit 2Gi is too small for heap 1536Mi: the JVM needs 768Mi beyond the heap (25% of the limit, at least 768Mi)',
    );
  });

  test('the library owns the non-heap caps', () => {
    expect(refusal(specWith({ kind: 'calculator', jvm: { extraJavaOptions: ['-XX:MaxMetaspaceSize=2g'] } }))).toContain(
      '[test] server calculator, field jvm.extraJavaOptions: -XX:MaxMetaspaceSize=2g is a heap or GC flag the library sets: the library caps metaspace, code cache, direct memory and thread stacks from the memory limit (jvm.ts)',
    );
  });

  test('an image contract assuming more thread stacks than the smallest budget keeps', () => {
    expect(refusal(testSpec({ imageContract: { threadStacks: { maxThreads: 1000 } } }))).toContain(
      '[test] field imageContract.threadStacks: 1000 threads of 1 MiB take 1000 MiB, more than the 256 MiB the smallest non-heap budget keeps for stacks',
    );
  });
});

describe('startup budgets follow the CPU a server gets', () => {
  test('the preset budget at the preset CPU or more (the floor), longer in proportion for less, up to 4 times (the cap)', () => {
    const dataserver = SERVER_PRESETS.dataserver; // 4 CPU, 900 s
    expect(startupBudgetFor(dataserver, 4000)).toBe(900);
    expect(startupBudgetFor(dataserver, 2000)).toBe(1800);
    expect(startupBudgetFor(dataserver, 3000)).toBe(1200);
    expect(startupBudgetFor(dataserver, 8000)).toBe(900); // floored at the preset's
    expect(startupBudgetFor(dataserver, 500)).toBe(3600); // capped at 4x
  });

  test('in the committed environments, a server with less CPU than its preset gets a longer startup probe, never beyond the cap', () => {
    let slower = 0;
    for (const environment of ENVIRONMENTS) {
      for (const workload of serverWorkloads(committedManifests(environment))) {
        const container = serverContainer(workload);
        const preset = SERVER_PRESETS[container.name as ServerKind];
        const cpu = parseCpu(quantityOf(container.resources?.requests, 'cpu'))!;
        const probe = container.startupProbe!;
        const budget = probe.failureThreshold! * probe.periodSeconds!;
        const presetCpu = parseCpu(preset.cpu)!;
        const server = `${environment}/${workload.metadata.name}`;
        if (cpu < presetCpu) {
          slower++;
          expect({ server, longer: budget > preset.startupBudgetSeconds }).toEqual({ server, longer: true });
        }
        if (cpu === presetCpu) expect({ server, budget }).toEqual({ server, budget: preset.startupBudgetSeconds });
        if (cpu > presetCpu) expect({ server, budget }).toEqual({ server, budget: preset.startupBudgetSeconds });
        expect({ server, withinCap: budget <= preset.startupBudgetSeconds * 4 }).toEqual({ server, withinCap: true });
      }
    }
    expect(slower).toBeGreaterThan(0);
  });
});
