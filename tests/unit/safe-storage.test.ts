import { describe, expect, it } from "vitest";
import { storageKeys } from "@/lib/storage/keys";
import { openStorage } from "@/lib/storage/safe-storage";

/**
 * A Storage with a byte quota, as browsers enforce one (about 5 MB per origin): setItem throws a
 * QuotaExceededError when the total would pass it and leaves the old value in place.
 */
class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce(
      (sum, [name, stored]) => sum + (name === key ? 0 : name.length + stored.length),
      0,
    );
    if (used + key.length + value.length > this.quota)
      throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

describe("safe storage", () => {
  it("writes several keys as one: when one does not fit, every key keeps its old value", () => {
    const backing = new QuotaStorage(400);
    backing.setItem(storageKeys.progress, "old progress");
    backing.setItem(storageKeys.sessions, "old sessions");
    const storage = openStorage(backing);
    const ok = storage.writeAll([
      [storageKeys.progress, "p".repeat(100)],
      [storageKeys.sessions, "s".repeat(100)],
      [storageKeys.stories, "x".repeat(300)],
    ]);
    expect(ok).toBe(false);
    expect(backing.getItem(storageKeys.progress)).toBe("old progress");
    expect(backing.getItem(storageKeys.sessions)).toBe("old sessions");
    expect(backing.getItem(storageKeys.stories)).toBeNull();
    // The refusal does not make later, smaller writes memory-only.
    expect(storage.persistent).toBe(true);
    expect(storage.writeAll([[storageKeys.progress, "new progress"]])).toBe(true);
    expect(backing.getItem(storageKeys.progress)).toBe("new progress");
  });

  it("never writes or removes a protected key, but keeps what the page writes to it in memory", () => {
    const backing = new QuotaStorage(10_000);
    backing.setItem(storageKeys.progress, '{"version":99}');
    const storage = openStorage(backing);
    storage.protect(storageKeys.progress);
    storage.write(storageKeys.progress, '{"version":2,"records":{}}');
    storage.remove(storageKeys.progress);
    expect(backing.getItem(storageKeys.progress)).toBe('{"version":99}');
    storage.write(storageKeys.progress, "in memory");
    expect(storage.read(storageKeys.progress)).toBe("in memory");
    expect(storage.writeAll([[storageKeys.progress, "import"]])).toBe(false);
    expect(backing.getItem(storageKeys.progress)).toBe('{"version":99}');
  });
});
