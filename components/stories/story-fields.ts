import type { Story, StoryField, StoryInput } from "@/lib/stories/story";

/** The story form's text fields, in order, with the hint and limit each one shows. */

export type TextField = Exclude<StoryField, "skills">;
export const textFields: {
  field: TextField;
  label: string;
  hint: string;
  multiline: boolean;
  maxLength: number;
}[] = [
  {
    field: "title",
    label: "Title",
    hint: "A name you will recognise, such as “The migration nobody wanted”.",
    multiline: false,
    maxLength: 120,
  },
  {
    field: "situation",
    label: "Situation",
    hint: "Where you were, and what made it hard. Two or three sentences.",
    multiline: true,
    maxLength: 4000,
  },
  {
    field: "task",
    label: "Task",
    hint: "What you were responsible for, or chose to take on.",
    multiline: true,
    maxLength: 4000,
  },
  {
    field: "action",
    label: "Action",
    hint: "What you did yourself, in order. Say “I”, not “we”.",
    multiline: true,
    maxLength: 4000,
  },
  {
    field: "result",
    label: "Result",
    hint: "What changed because of it, and what you learned.",
    multiline: true,
    maxLength: 4000,
  },
  {
    field: "outcome",
    label: "Outcome",
    hint: "The measurable result, in one line: “on-call pages down from 40 to 6 a week”.",
    multiline: false,
    maxLength: 200,
  },
];

export const emptyStoryInput = (skills: string[] = []): StoryInput => ({
  title: "",
  situation: "",
  task: "",
  action: "",
  result: "",
  outcome: "",
  skills,
});

/** What the form edits, taken from a saved story. */
export const storyInputOf = (story: Story): StoryInput => ({
  title: story.title,
  situation: story.situation,
  task: story.task,
  action: story.action,
  result: story.result,
  outcome: story.outcome,
  skills: story.skills,
});
