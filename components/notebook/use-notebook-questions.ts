"use client";

import { useEffect, useState } from "react";
import {
  manifestPath,
  sourceBankPath,
  type PracticeManifest,
  type QuestionItem,
  type SourceBank,
} from "@/lib/practice/bank-types";

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export type NotebookQuestions = {
  manifest: PracticeManifest | null;
  /** The full questions the notebook has answers to, by id, once their banks have loaded. */
  questions: ReadonlyMap<string, QuestionItem>;
  error: string | null;
};

/** The manifest, then the banks of only those guides and roles whose questions have answers. */
export function useNotebookQuestions(ids: readonly string[]): NotebookQuestions {
  const [manifest, setManifest] = useState<PracticeManifest | null>(null);
  const [questions, setQuestions] = useState<ReadonlyMap<string, QuestionItem>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const idList = ids.join(",");

  useEffect(() => {
    fetchJson<PracticeManifest>(manifestPath).then(setManifest, () =>
      setError(
        "The question bank could not be loaded, so questions show by id. Reload to try again.",
      ),
    );
  }, []);

  useEffect(() => {
    if (!manifest || idList === "") return;
    const wanted = new Set(idList.split(","));
    const sources = [
      ...new Set(manifest.items.filter((item) => wanted.has(item.id)).map((item) => item.source)),
    ];
    let current = true;
    Promise.all(sources.map((source) => fetchJson<SourceBank>(sourceBankPath(source)))).then(
      (banks) => {
        if (!current) return;
        const found = banks.flatMap((bank) =>
          bank.items.flatMap((item) =>
            item.kind === "question" ? [[item.id, item] as const] : [],
          ),
        );
        setQuestions(new Map(found));
      },
      () => current && setError("Some questions could not be loaded. Reload to try again."),
    );
    return () => {
      current = false;
    };
  }, [manifest, idList]);

  return { manifest, questions, error };
}
