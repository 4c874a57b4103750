/**
 * The value `make` gives for `key`, made on the first call and kept for as long as the key object
 * lives (a build process's library, a guide, a list of questions).
 */
export function oncePerObject<K extends object, V>(
  cache: WeakMap<K, V>,
  key: K,
  make: (key: K) => V,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}
