"use client";

import { useId, useMemo, useState } from "react";
import { downloadFile, exportDateStamp } from "@/lib/download-file";
import { filterRows, notebookMarkdown, notebookRows } from "@/lib/notebook/listing";
import { Notices } from "../practice/notices";
import { NotebookEntry } from "./notebook-entry";
import { useNotebook } from "./use-notebook";
import { useNotebookQuestions } from "./use-notebook-questions";
import { secondaryButton } from "@/components/button-styles";

type Named = { slug: string; title: string };

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Named[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="min-h-11 rounded-md border border-border bg-bg px-3 text-fg"
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Every question the candidate has drafted an answer to, filterable and exportable as Markdown. */
export function NotebookView({ guides, roles }: { guides: Named[]; roles: Named[] }) {
  const notebook = useNotebook();
  const ids = useMemo(() => Object.keys(notebook.notebook.entries).sort(), [notebook.notebook]);
  const { manifest, questions, error } = useNotebookQuestions(ids);
  const [skill, setSkill] = useState("");
  const [role, setRole] = useState("");
  const [status, setStatus] = useState("");

  const rows = useMemo(
    () =>
      notebookRows(notebook.notebook, manifest ?? { guides: [], roles: [], tags: [], items: [] }),
    [notebook.notebook, manifest],
  );
  const shown = filterRows(rows, { skill: skill || null, role: role || null });
  const titles = useMemo(
    () => new Map([...guides, ...roles].map((named) => [named.slug, named.title])),
    [guides, roles],
  );

  const exportMarkdown = () => {
    const texts = new Map(
      [...questions].map(([id, item]) => [
        id,
        { question: item.question, sourceTitle: item.sourceTitle },
      ]),
    );
    downloadFile(
      notebookMarkdown(shown, texts, new Date()),
      "text/markdown",
      `leadwise-answers-${exportDateStamp()}.md`,
    );
    setStatus(`Exported ${shown.length} answer${shown.length === 1 ? "" : "s"} as Markdown.`);
  };

  if (!notebook.ready) return <p className="text-muted">Loading your answers…</p>;
  const notices = [notebook.notice, error].filter((notice): notice is string => notice !== null);

  return (
    <div className="space-y-6">
      <Notices notices={notices} onDismiss={() => notebook.dismissNotice()} />
      {rows.length === 0 ? (
        <p>
          No answers yet. Write one in <a href="/practice">practice</a>: each answer you type is
          kept here, with every earlier attempt.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-4">
            <FilterSelect label="Skill" value={skill} options={guides} onChange={setSkill} />
            <FilterSelect label="Role" value={role} options={roles} onChange={setRole} />
            <button type="button" onClick={exportMarkdown} className={secondaryButton}>
              Export as Markdown
            </button>
          </div>
          <p role="status" aria-live="polite">
            {status ||
              `${shown.length} of ${rows.length} drafted question${rows.length === 1 ? "" : "s"} shown.`}
          </p>
          <ul aria-label="Your drafted answers" className="space-y-4">
            {shown.map((row) => (
              <NotebookEntry
                key={row.id}
                row={row}
                question={questions.get(row.id)}
                sourceTitle={row.source ? (titles.get(row.source) ?? null) : null}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
