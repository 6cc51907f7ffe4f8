/**
 * Answers per distinct text, for lookups asked once per record over texts that repeat: statuses,
 * types, the project a row names. Records come grouped (a project's milestones, a person's rows), so
 * the last text asked is checked first, by identity, before any hashing; other texts are kept in a map
 * that is emptied when it reaches `limit` (a column of unique texts cannot grow it without bound).
 */
export class TextMemo<T> {
  private readonly seen = new Map<string, T>();
  private lastText: string | undefined;
  private lastValue: T | undefined;

  constructor(
    private readonly compute: (text: string) => T,
    private readonly limit = 100_000,
  ) {}

  get(text: string): T {
    if (text === this.lastText) return this.lastValue as T;
    let value = this.seen.get(text);
    if (value === undefined && !this.seen.has(text)) {
      value = this.compute(text);
      if (this.seen.size >= this.limit) this.seen.clear();
      this.seen.set(text, value);
    }
    this.lastText = text;
    this.lastValue = value;
    return value as T;
  }
}
