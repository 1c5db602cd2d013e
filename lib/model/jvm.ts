/**
 * JVM sizing: memory request equals limit, the heap is derived from the limit
 * with -Xms equal to -Xmx, and the rest of the limit is left for metaspace,
 * threads, code cache and direct buffers.
 */
import type { ImageContract } from './image-contract';
import { z } from 'zod';
import { formatJvmSize, formatMemory, memoryQuantity } from './quantity';
import type { SpecOf } from './schema';

/** JVM settings of one server. */
export const JvmOptionsSchema = z.strictObject({
  /**
   * Share of the memory limit given to the heap, in percent.
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

/** Memory the JVM needs beyond the heap (metaspace, threads, code cache, buffers). */
export const NON_HEAP_RESERVE_BYTES = 512 * 1024 ** 2;
/** Smallest heap a Calypso server is given. */
export const MIN_HEAP_BYTES = 256 * 1024 ** 2;
const DEFAULT_HEAP_PERCENT = 75;

/** The heap for a memory limit, or a message saying why the limit is too small. */
export function heapFor(memoryBytes: number, heapPercent = DEFAULT_HEAP_PERCENT, explicitHeapBytes?: number): number | string {
  const room = memoryBytes - NON_HEAP_RESERVE_BYTES;
  if (explicitHeapBytes !== undefined) {
    if (explicitHeapBytes > room) {
      return `memory limit ${formatMemory(memoryBytes)} is too small for heap ${formatMemory(explicitHeapBytes)}: the JVM needs ${formatMemory(NON_HEAP_RESERVE_BYTES)} beyond the heap`;
    }
    return explicitHeapBytes;
  }
  const mib = 1024 ** 2;
  const heap = Math.floor(Math.min((memoryBytes * heapPercent) / 100, room) / mib) * mib;
  if (heap < MIN_HEAP_BYTES) {
    return `memory limit ${formatMemory(memoryBytes)} is too small: a heap of at least ${formatMemory(MIN_HEAP_BYTES)} plus ${formatMemory(NON_HEAP_RESERVE_BYTES)} non-heap needs ${formatMemory(MIN_HEAP_BYTES + NON_HEAP_RESERVE_BYTES)}`;
  }
  return heap;
}

/** The JVM environment variables of one server container. */
export function jvmEnvironment(
  contract: ImageContract,
  heapBytes: number,
  calypsoOptions: readonly string[],
  extraJavaOptions: readonly string[] = [],
): Record<string, string> {
  const logs = contract.paths.logs;
  const size = formatJvmSize(heapBytes);
  const javaOptions = [
    // A JVM that ran out of memory is broken: exit so Kubernetes restarts it.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+HeapDumpOnOutOfMemoryError',
    `-XX:HeapDumpPath=${logs}`,
    `-Xlog:gc*:file=${logs}/gc.log:time,uptime,level,tags:filecount=5,filesize=20m`,
    ...extraJavaOptions,
  ];
  const environment: Record<string, string> = {
    [contract.jvm.memoryOptsVariable]: `-Xms${size} -Xmx${size}`,
    [contract.jvm.javaOptsVariable]: javaOptions.join(' '),
  };
  if (calypsoOptions.length > 0) environment[contract.jvm.calypsoOptsVariable] = calypsoOptions.join(' ');
  return environment;
}
