/**
 * localStorage that never throws and never destroys what it cannot understand.
 *
 * - Private modes, disabled storage and a full quota all end the same way for ordinary writes: the
 *   value is kept in memory for this visit, `persistent` turns false, and the page says that progress
 *   will not be kept, so practice carries on.
 * - A key can be protected (it holds data written by a newer version of Leadwise): writes to it stay
 *   in memory, so this version never overwrites what it cannot read.
 * - `writeAll` writes several keys as one: if any write fails, every key gets its old value back and
 *   the call reports failure. Imports use it, so an import lands whole or not at all.
 */
export type SafeStorage = {
  read(key: string): string | null;
  write(key: string, value: string): void;
  /** Writes every entry or none; true when all of them reached the browser's storage. */
  writeAll(entries: readonly (readonly [key: string, value: string])[]): boolean;
  remove(key: string): void;
  /** From now on, this key's stored value is left as it is; writes to it stay in memory. */
  protect(key: string): void;
  isProtected(key: string): boolean;
  readonly persistent: boolean;
};

export function openStorage(
  backing: Storage | null = typeof window === "undefined" ? null : safeLocalStorage(),
): SafeStorage {
  const memory = new Map<string, string>();
  const protectedKeys = new Set<string>();
  let persistent = backing !== null && canWrite(backing);
  const reachesBacking = (key: string) => persistent && backing !== null && !protectedKeys.has(key);

  return {
    read(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (!persistent || !backing) return null;
      try {
        return backing.getItem(key);
      } catch {
        persistent = false;
        return null;
      }
    },
    write(key, value) {
      memory.set(key, value);
      if (!reachesBacking(key) || !backing) return;
      try {
        backing.setItem(key, value);
        memory.delete(key);
      } catch {
        persistent = false;
      }
    },
    writeAll(entries) {
      if (!backing || !persistent || entries.some(([key]) => protectedKeys.has(key))) return false;
      const previous: [string, string | null][] = [];
      try {
        for (const [key, value] of entries) {
          previous.push([key, backing.getItem(key)]);
          backing.setItem(key, value);
        }
      } catch {
        // Put back what was there; the old values fitted before, so they fit again.
        for (const [key, value] of previous.reverse()) {
          try {
            if (value === null) backing.removeItem(key);
            else backing.setItem(key, value);
          } catch {
            persistent = false;
          }
        }
        return false;
      }
      for (const [key] of entries) memory.delete(key);
      return true;
    },
    remove(key) {
      memory.delete(key);
      if (!reachesBacking(key) || !backing) return;
      try {
        backing.removeItem(key);
      } catch {
        persistent = false;
      }
    },
    protect(key) {
      protectedKeys.add(key);
    },
    isProtected(key) {
      return protectedKeys.has(key);
    },
    get persistent() {
      return persistent;
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function canWrite(storage: Storage): boolean {
  const probe = "leadwise:probe";
  try {
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
