"use client";

import { useEffect, useState } from "react";
import { fetchPracticeManifest } from "@/lib/practice/bank-client";
import type { PracticeManifest } from "@/lib/practice/bank-types";

/** The practice manifest (every item's id and filter fields), fetched once per page. */
export function usePracticeManifest(): { manifest: PracticeManifest | null; failed: boolean } {
  const [manifest, setManifest] = useState<PracticeManifest | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetchPracticeManifest().then(setManifest, () => setFailed(true));
  }, []);
  return { manifest, failed };
}
