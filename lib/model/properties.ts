/**
 * Typed Calypso properties rendered into `.properties` files (the format of
 * java.util.Properties), and the checksum that rolls pods when they change.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SpecOf } from './schema';

/** Property values as an environment spec states them. */
export const PropertyValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type PropertyValue = z.output<typeof PropertyValueSchema>;

/** A set of properties: key to value. */
export const PropertyMapSchema = z.record(z.string(), PropertyValueSchema);
export type PropertyMap = SpecOf<typeof PropertyMapSchema>;

const KEY = /^[A-Za-z0-9_.\-/]+$/;

/** Why a property key cannot be written to a properties file, or undefined. */
export function propertyKeyProblem(key: string): string | undefined {
  return KEY.test(key) ? undefined : `property key "${key}" may only hold letters, digits, '.', '_', '-' and '/'`;
}

function escapeValue(value: string): string {
  let out = '';
  for (const [index, char] of [...value].entries()) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === ' ' && index === 0) out += '\\ ';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

/** A properties file: a header comment, then `key=value` lines sorted by key. */
export function renderProperties(header: string, properties: PropertyMap): string {
  const lines = Object.keys(properties)
    .sort()
    .map((key) => `${key}=${escapeValue(String(properties[key]))}`);
  return [`# ${header}`, ...lines].join('\n') + '\n';
}

/** SHA-256 of a ConfigMap's data, stable across key order. */
export function dataChecksum(data: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(data).sort()) hash.update(`${key}\0${data[key]}\0`);
  return hash.digest('hex');
}
