import { useEffect, useRef } from "react";

/**
 * Keeps the page's query string on `value` (as `toQuery` writes it) from the first change the
 * visitor makes; until then the URL stays as it came, with any parameter the page ignored, which
 * the page's notice names. Returns the function a change calls to start it.
 */
export function useQueryFollows<T>(value: T, toQuery: (value: T) => string): () => void {
  const follows = useRef(false);
  useEffect(() => {
    if (follows.current)
      window.history.replaceState(null, "", `${window.location.pathname}${toQuery(value)}`);
  }, [value, toQuery]);
  return () => {
    follows.current = true;
  };
}
