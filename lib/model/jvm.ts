/**
 * JVM sizing: memory request equals limit, the heap is derived from the limit
 * with -Xms equal to -Xmx, and the rest of the limit (25%, at least 768Mi) is
 * shared out between capped metaspace, code cache and direct buffers, thread
 * stacks and the JVM's other native memory, so the parts add up to the limit.
 */
import type { ImageContract } from './image-contract';
import { z } from 'zod';
import { formatJvmSize, formatMemory, memoryQuantity } from './quantity';
import type { SpecOf } from './schema';

/** JVM settings of one server. */
export const JvmOptionsSchema = z.strictObject({
  /**
   * Share of the memory limit given to the heap, in percent; at most what the non-heap reserve (25% of the limit, at least 768Mi) leaves.
   * @default 75
   */
  heapPercent: z.number().optional(),
  /**
   * Explicit heap size (Kubernetes quantity, e.g. `6Gi`); wins over heapPercent.
   * @default - derived from the memory limit
   */
  heap: memoryQuantity('6Gi').optional(),
  /**
   * Extra JVM flags appended to JAVA_OPTS, e.g. `-Duser.timezone=UTC`; heap and GC flags are the library's (see library-owned-rules.ts).
   * @default []
   */
  extraJavaOptions: z.array(z.string()).optional(),
});
export type JvmOptions = SpecOf<typeof JvmOptionsSchema>;

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** Share of the memory limit kept outside the heap, in percent. */
export const NON_HEAP_PERCENT = 25;
/** Least memory kept outside the heap, whatever the limit: a small JVM needs about as much metaspace, code cache and stacks as a big one. */
export const NON_HEAP_FLOOR_BYTES = 768 * MIB;
/** Smallest heap a Calypso server is given. */
export const MIN_HEAP_BYTES = 256 * MIB;
const DEFAULT_HEAP_PERCENT = 100 - NON_HEAP_PERCENT;

/** Caps of the non-heap areas: a share of what is left after thread stacks, and an absolute most. */
export const NON_HEAP_CAPS = {
  metaspace: { percent: 40, maxBytes: 1 * GIB },
  codeCache: { percent: 20, maxBytes: 240 * MIB },
  directMemory: { percent: 20, maxBytes: 1 * GIB },
} as const;

/** The non-heap memory a limit needs: 25% of it, at least 768Mi. */
export function nonHeapReserveFor(memoryBytes: number): number {
  return Math.max(NON_HEAP_FLOOR_BYTES, Math.ceil((memoryBytes * NON_HEAP_PERCENT) / 100 / MIB) * MIB);
}

/** The heap for a memory limit, or a message saying why the limit is too small. */
export function heapFor(memoryBytes: number, heapPercent = DEFAULT_HEAP_PERCENT, explicitHeapBytes?: number): number | string {
  const reserve = nonHeapReserveFor(memoryBytes);
  const room = memoryBytes - reserve;
  if (explicitHeapBytes !== undefined) {
    if (explicitHeapBytes > room) {
      return `memory limit ${formatMemory(memoryBytes)} is too small for heap ${formatMemory(explicitHeapBytes)}: the JVM needs ${formatMemory(reserve)} beyond the heap (${NON_HEAP_PERCENT}% of the limit, at least ${formatMemory(NON_HEAP_FLOOR_BYTES)})`;
    }
    return explicitHeapBytes;
  }
  const heap = Math.floor(Math.min((memoryBytes * heapPercent) / 100, room) / MIB) * MIB;
  if (heap < MIN_HEAP_BYTES) {
    return `memory limit ${formatMemory(memoryBytes)} is too small: a heap of at least ${formatMemory(MIN_HEAP_BYTES)} plus ${formatMemory(NON_HEAP_FLOOR_BYTES)} non-heap needs ${formatMemory(MIN_HEAP_BYTES + NON_HEAP_FLOOR_BYTES)}`;
  }
  return heap;
}

/**
 * How a container's memory limit is shared out, in bytes: the fixed heap,
 * the capped non-heap areas, thread stacks, and what is left for the rest
 * of the JVM's native memory (GC structures, symbols, malloc arenas). The
 * parts add up to the limit, so a JVM that outgrows a cap fails with an
 * OutOfMemoryError (and a heap dump) instead of being killed by the kernel.
 */
export interface JvmMemoryPlan {
  readonly limitBytes: number;
  readonly heapBytes: number;
  readonly metaspaceBytes: number;
  readonly codeCacheBytes: number;
  readonly directMemoryBytes: number;
  readonly threadStackBytes: number;
  readonly threadStackSizeBytes: number;
  readonly otherNativeBytes: number;
}

/** Shares a memory limit out around a heap (see JvmMemoryPlan). */
export function jvmMemoryPlan(contract: Pick<ImageContract, 'threadStacks'>, memoryBytes: number, heapBytes: number): JvmMemoryPlan {
  const threadStackSizeBytes = contract.threadStacks.stackMiB * MIB;
  const threadStackBytes = contract.threadStacks.maxThreads * threadStackSizeBytes;
  const rest = Math.max(0, memoryBytes - heapBytes - threadStackBytes);
  const cap = (area: keyof typeof NON_HEAP_CAPS): number =>
    Math.floor(Math.min((rest * NON_HEAP_CAPS[area].percent) / 100, NON_HEAP_CAPS[area].maxBytes) / MIB) * MIB;
  const metaspaceBytes = cap('metaspace');
  const codeCacheBytes = cap('codeCache');
  const directMemoryBytes = cap('directMemory');
  return {
    limitBytes: memoryBytes,
    heapBytes,
    metaspaceBytes,
    codeCacheBytes,
    directMemoryBytes,
    threadStackBytes,
    threadStackSizeBytes,
    otherNativeBytes: memoryBytes - heapBytes - metaspaceBytes - codeCacheBytes - directMemoryBytes - threadStackBytes,
  };
}

/** The memory flags of a plan: a fixed heap (-Xms equals -Xmx) and the caps of the other areas. */
export function jvmMemoryOptions(plan: JvmMemoryPlan): string[] {
  const size = formatJvmSize(plan.heapBytes);
  return [
    `-Xms${size}`,
    `-Xmx${size}`,
    `-XX:MaxMetaspaceSize=${formatJvmSize(plan.metaspaceBytes)}`,
    `-XX:ReservedCodeCacheSize=${formatJvmSize(plan.codeCacheBytes)}`,
    `-XX:MaxDirectMemorySize=${formatJvmSize(plan.directMemoryBytes)}`,
    `-Xss${formatJvmSize(plan.threadStackSizeBytes)}`,
  ];
}

/** The JVM environment variables of one server container. */
export function jvmEnvironment(
  contract: ImageContract,
  memory: { readonly memoryBytes: number; readonly heapBytes: number },
  calypsoOptions: readonly string[],
  extraJavaOptions: readonly string[] = [],
): Record<string, string> {
  const logs = contract.paths.logs;
  const javaOptions = [
    // A JVM that ran out of memory is broken: exit so Kubernetes restarts it.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+HeapDumpOnOutOfMemoryError',
    `-XX:HeapDumpPath=${logs}`,
    `-Xlog:gc*:file=${logs}/gc.log:time,uptime,level,tags:filecount=5,filesize=20m`,
    ...extraJavaOptions,
  ];
  const environment: Record<string, string> = {
    [contract.jvm.memoryOptsVariable]: jvmMemoryOptions(jvmMemoryPlan(contract, memory.memoryBytes, memory.heapBytes)).join(' '),
    [contract.jvm.javaOptsVariable]: javaOptions.join(' '),
  };
  if (calypsoOptions.length > 0) environment[contract.jvm.calypsoOptsVariable] = calypsoOptions.join(' ');
  return environment;
}
