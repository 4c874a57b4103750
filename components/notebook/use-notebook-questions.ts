"use client";

import { useEffect, useState } from "react";
import type { PracticeManifest, QuestionItem } from "@/lib/practice/bank-types";
import { fetchItems, fetchPracticeManifest } from "@/lib/practice/bank-client";
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
    fetchPracticeManifest().then(setManifest, () =>
      setError(
        "The question bank could not be loaded, so questions show by id. Reload to try again.",
      ),
    );
  }, []);

  useEffect(() => {
    if (!manifest || idList === "") return;
    let current = true;
    fetchItems(manifest, idList.split(",")).then(
      (items) => {
        if (!current) return;
        const found = [...items].flatMap(([id, item]) =>
          item.kind === "question" ? [[id, item] as const] : [],
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
