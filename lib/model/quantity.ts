/**
 * Parsing of Kubernetes resource quantities, enough for sizing and JVM heap
 * arithmetic. Invalid input returns undefined so callers can report it with
 * environment, server and field.
 */
import { checkedString } from './schema';

const MEMORY_SUFFIXES: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

const MEMORY_PATTERN = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/;
const CPU_PATTERN = /^([0-9]+(?:\.[0-9]{1,3})?)(m)?$/;

/** Bytes in a memory quantity such as `8Gi` or `512Mi`; undefined if it is not one. */
export function parseMemory(quantity: string): number | undefined {
  const match = MEMORY_PATTERN.exec(quantity);
  if (!match) return undefined;
  const bytes = Number(match[1]) * MEMORY_SUFFIXES[match[2] ?? ''];
  return bytes > 0 ? Math.round(bytes) : undefined;
}

/** Millicores in a CPU quantity such as `500m` or `2`; undefined if it is not one. */
export function parseCpu(quantity: string): number | undefined {
  const match = CPU_PATTERN.exec(quantity);
  if (!match) return undefined;
  const millis = match[2] === 'm' ? Number(match[1]) : Number(match[1]) * 1000;
  return millis > 0 && Number.isInteger(millis) ? millis : undefined;
}

/** Why a string is not a CPU quantity (`examples` shows good ones), or undefined. */
export function cpuProblem(quantity: string, examples = '500m or 2'): string | undefined {
  return parseCpu(quantity) === undefined ? `"${quantity}" is not a CPU quantity such as ${examples}` : undefined;
}

/** Why a string is not a memory quantity (`examples` shows good ones), or undefined. */
export function memoryProblem(quantity: string, examples = '512Mi or 8Gi'): string | undefined {
  return parseMemory(quantity) === undefined ? `"${quantity}" is not a memory quantity such as ${examples}` : undefined;
}

/** A spec field holding a CPU quantity. */
export function cpuQuantity(examples?: string) {
  return checkedString((value) => cpuProblem(value, examples));
}

/** A spec field holding a memory quantity. */
export function memoryQuantity(examples?: string) {
  return checkedString((value) => memoryProblem(value, examples));
}

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** Memory as the largest whole binary unit: `6Gi`, `1536Mi`. */
export function formatMemory(bytes: number): string {
  if (bytes % GIB === 0) return `${bytes / GIB}Gi`;
  return `${Math.floor(bytes / MIB)}Mi`;
}

/** CPU as whole cores when exact, else millicores: `2`, `1500m`. */
export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? `${millis / 1000}` : `${millis}m`;
}

/** Memory as a JVM size flag value: `6g` or `1536m`. */
export function formatJvmSize(bytes: number): string {
  if (bytes % GIB === 0) return `${bytes / GIB}g`;
  return `${Math.floor(bytes / MIB)}m`;
}
