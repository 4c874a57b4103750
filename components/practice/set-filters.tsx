import { difficulties, questionTypes } from "@/lib/content/vocabulary";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import type { PracticeConfig } from "@/lib/practice/config";
import { CheckboxGroup } from "./checkbox-group";

const typeLabels: Record<string, string> = {
  behavioral: "Behavioral",
  situational: "Situational",
  technical: "Technical",
  "system-design": "System design",
};

type Props = {
  manifest: PracticeManifest;
  config: PracticeConfig;
  update: (change: Partial<PracticeConfig>) => void;
};

/** Which questions a set draws from: skills, roles, difficulty, question type and tags. */
export function SetFilters({ manifest, config, update }: Props) {
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <CheckboxGroup
          legend="Skills"
          options={manifest.guides.map((guide) => ({ value: guide.slug, label: guide.title }))}
          selected={config.skills}
          onChange={(skills) => update({ skills })}
        />
        <div className="space-y-6">
          <CheckboxGroup
            legend="Roles"
            options={manifest.roles.map((role) => ({ value: role.slug, label: role.title }))}
            selected={config.roles}
            onChange={(roles) => update({ roles })}
          />
          <CheckboxGroup
            legend="Difficulty"
            columns="grid-cols-3"
            options={difficulties.map((value) => ({
              value,
              label: value[0]?.toUpperCase() + value.slice(1),
            }))}
            selected={config.difficulties}
            onChange={(difficulties) => update({ difficulties })}
          />
          {config.mode !== "quiz" ? (
            <CheckboxGroup
              legend="Question type"
              options={questionTypes.map((value) => ({
                value,
                label: typeLabels[value] ?? value,
              }))}
              selected={config.types}
              onChange={(types) => update({ types })}
            />
          ) : null}
        </div>
      </div>

      <details className="rounded-lg border border-border p-4">
        <summary className="font-semibold">
          Tags {config.tags.length > 0 ? `(${config.tags.length} chosen)` : ""}
        </summary>
        <div className="mt-3">
          <CheckboxGroup
            legend="Only questions tagged"
            columns="grid-cols-2 sm:grid-cols-3"
            options={manifest.tags.map((tag) => ({ value: tag, label: tag }))}
            selected={config.tags}
            onChange={(tags) => update({ tags })}
          />
        </div>
      </details>
    </>
  );
}
