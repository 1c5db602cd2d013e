/**
 * A memo of the values of recently asked keys, in two generations: a key is
 * looked up in the current one, then in the previous one (and moved into the
 * current one when found there); a full current generation becomes the
 * previous one and the older one is dropped. A key asked at least once per
 * generation stays remembered however long the run; one no longer asked is
 * forgotten two generations later. So its size is bounded by what the recent
 * work asks, not by the run's length: the YAML writer's strings carry the
 * environment's name, so a memo that kept every string grew with every
 * environment (and V8 grows its heap with what stays live).
 * @internal
 */
export class RecentMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  public constructor(
    /** Keys per generation: the memo holds at most twice as many. */
    public readonly perGeneration: number,
  ) {
    if (!(perGeneration >= 1)) throw new Error(`a generation holds at least one key, not ${perGeneration}`);
  }

  /** The value remembered for `key`, or `compute(key)`, remembered. */
  public get(key: string, compute: (key: string) => V): V {
    const known = this.current.get(key);
    if (known !== undefined) return known;
    const value = this.previous.get(key) ?? compute(key);
    if (this.current.size >= this.perGeneration) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }

  /** How many keys it holds now (both generations). */
  public get size(): number {
    return this.current.size + this.previous.size;
  }
}
