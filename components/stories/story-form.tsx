"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { SkillGuide } from "@/lib/stories/coverage";
import { storyInputSchema, type StoryField, type StoryInput } from "@/lib/stories/story";
import { primaryButton, secondaryButton } from "../button-styles";
import { textFields, type TextField } from "./story-fields";

/**
 * Writes or edits one story. Validation is the story schema itself, so the form and the stored
 * format can never disagree; on a failed save each field says what it needs and the first gets focus.
 */
export function StoryForm({
  heading,
  guides,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  heading: string;
  guides: SkillGuide[];
  initial: StoryInput;
  submitLabel: string;
  onSave: (input: StoryInput) => void;
  onCancel: () => void;
}) {
  const baseId = useId();
  const [values, setValues] = useState<StoryInput>(initial);
  const [errors, setErrors] = useState<Partial<Record<StoryField, string>>>({});
  const fieldRefs = useRef<Partial<Record<StoryField, HTMLElement | null>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idFor = (field: StoryField) => `${baseId}-${field}`;

  // The form opens in answer to a button press: move focus to it so keyboard and screen-reader users land in it.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = storyInputSchema.safeParse(values);
    if (parsed.success) {
      onSave(parsed.data);
      return;
    }
    const found: Partial<Record<StoryField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && field in values && !found[field as StoryField])
        found[field as StoryField] = issue.message;
    }
    setErrors(found);
    const first = [...textFields.map((entry) => entry.field), "skills" as const].find(
      (field) => found[field],
    );
    if (first) fieldRefs.current[first]?.focus();
  };

  const setText = (field: TextField, text: string) => {
    setValues((current) => ({ ...current, [field]: text }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const toggleSkill = (slug: string) =>
    setValues((current) => ({
      ...current,
      skills: current.skills.includes(slug)
        ? current.skills.filter((skill) => skill !== slug)
        : [...current.skills, slug],
    }));

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-labelledby={`${baseId}-heading`}
      className="space-y-5 rounded-lg border border-accent p-4 sm:p-6"
    >
      <h3
        id={`${baseId}-heading`}
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {heading}
      </h3>
      {textFields.map(({ field, label, hint, multiline, maxLength }) => {
        const error = errors[field];
        const describedBy = `${idFor(field)}-hint${error ? ` ${idFor(field)}-error` : ""}`;
        const shared = {
          id: idFor(field),
          value: values[field],
          required: true,
          maxLength,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          className: `w-full rounded-md border bg-bg p-3 text-fg ${error ? "border-bad" : "border-border"}`,
        };
        return (
          <div key={field}>
            <label htmlFor={idFor(field)} className="block font-semibold">
              {label}
            </label>
            <p id={`${idFor(field)}-hint`} className="mb-1 text-sm text-muted">
              {hint}
            </p>
            {multiline ? (
              <textarea
                {...shared}
                rows={4}
                ref={(node) => {
                  fieldRefs.current[field] = node;
                }}
                onChange={(event) => setText(field, event.target.value)}
              />
            ) : (
              <input
                {...shared}
                type="text"
                ref={(node) => {
                  fieldRefs.current[field] = node;
                }}
                onChange={(event) => setText(field, event.target.value)}
              />
            )}
            {error ? (
              <p id={`${idFor(field)}-error`} className="mt-1 text-sm font-semibold text-bad">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <fieldset
        className="rounded-md border border-border p-4"
        aria-describedby={`${idFor("skills")}-hint`}
      >
        <legend className="px-1 font-semibold">Skills this story shows</legend>
        <p id={`${idFor("skills")}-hint`} className="mb-2 text-sm text-muted">
          Tick every skill an interviewer could ask about with this story. The coverage table below
          counts them.
        </p>
        <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {guides.map((guide, index) => (
            <li key={guide.slug}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded px-2 hover:bg-surface">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--accent)]"
                  checked={values.skills.includes(guide.slug)}
                  onChange={() => toggleSkill(guide.slug)}
                  ref={
                    index === 0
                      ? (node) => {
                          fieldRefs.current.skills = node;
                        }
                      : undefined
                  }
                />
                <span>{guide.title}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton}>
          {submitLabel}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
