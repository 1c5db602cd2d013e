/**
 * CIDR blocks for network policies: an address block outside the cluster
 * that traffic may go to (or come from). Checked strictly, because a typo in
 * a CIDR silently opens or closes the wrong network.
 */
import { isIPv4, isIPv6 } from 'node:net';

function ipv4Value(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

function ipv6Value(address: string): bigint {
  // Expand an embedded IPv4 tail (::ffff:10.0.0.1) into two groups, then the `::` gap.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  let text = address;
  if (dotted) {
    const v4 = ipv4Value(dotted[1]);
    text = `${address.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/**
 * What is wrong with a CIDR block (IPv4 or IPv6), or undefined if it is
 * fine. Refused: anything that is not `address/prefix`, host bits set below
 * the prefix (`10.1.2.3/24`: did you mean 10.1.2.0/24?), and a prefix of 0,
 * which would let the traffic go anywhere.
 */
export function cidrProblem(cidr: string): string | undefined {
  const match = /^([0-9A-Fa-f:.]+)\/([0-9]{1,3})$/.exec(cidr);
  const bits = match && isIPv4(match[1]) ? 32 : match && isIPv6(match[1]) ? 128 : 0;
  const prefix = match ? Number(match[2]) : NaN;
  if (!match || bits === 0 || prefix > bits) {
    return `"${cidr}" is not a CIDR block such as 10.20.30.0/24 or 10.20.30.40/32`;
  }
  if (prefix === 0) return `"${cidr}" is every address; name the hosts or networks the traffic is for`;
  const value = bits === 32 ? ipv4Value(match[1]) : ipv6Value(match[1]);
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  if ((value & hostMask) !== 0n) {
    const network = value & ~hostMask;
    const hint = bits === 32 ? `; the block is ${formatIpv4(network)}/${prefix}, or use /32 for one host` : '';
    return `"${cidr}" has host bits set below the /${prefix} prefix${hint}`;
  }
  return undefined;
}
