/**
 * localStorage that never throws. Private modes, disabled storage and a full quota all end the same
 * way: the value is kept in memory for this visit, `persistent` turns false, and the page says that
 * progress will not be kept, so practice carries on.
 */
export type SafeStorage = {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
  readonly persistent: boolean;
};

export function openStorage(backing: Storage | null = typeof window === "undefined" ? null : safeLocalStorage()): SafeStorage {
  const memory = new Map<string, string>();
  let persistent = backing !== null && canWrite(backing);
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
      if (!persistent || !backing) return;
      try {
        backing.setItem(key, value);
        memory.delete(key);
      } catch {
        persistent = false;
      }
    },
    remove(key) {
      memory.delete(key);
      if (!persistent || !backing) return;
      try {
        backing.removeItem(key);
      } catch {
        persistent = false;
      }
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
