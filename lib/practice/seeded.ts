/**
 * Deterministic shuffling: the same seed string gives the same order on every browser and machine
 * (cyrb53-style string hash feeding mulberry32), so a shared link reproduces a practice set.
 */

export function hashSeed(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < seed.length; index += 1) {
    const code = seed.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const swap = Math.floor(random() * (index + 1));
    const current = shuffled[index] as T;
    shuffled[index] = shuffled[swap] as T;
    shuffled[swap] = current;
  }
  return shuffled;
}

/** A fresh seed for a new set: short enough to read in a URL. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, "0");
}

/**
 * A seed fixed by what a static link is for ("guide:mentoring:quiz"): the page's HTML is the same on
 * every build, and the link still names one set that anyone who opens it gets.
 */
export function stableSeed(key: string): string {
  return hashSeed(key).toString(36).padStart(7, "0");
}
