"use client";

import { useMemo } from "react";
import type { FeedbackQuestion } from "@/lib/notebook/feedback";
import type { Story } from "@/lib/stories/story";
import { DraftFeedbackView } from "./draft-feedback-view";

/**
 * The draft feedback on a story-bank story, read as a behavioral answer told in order. A story
 * answers no one question, so there are no signals to suggest.
 */
export function StoryFeedback({ story }: { story: Story }) {
  const question = useMemo<FeedbackQuestion>(
    () => ({ question: story.title, type: "behavioral", signals: [] }),
    [story.title],
  );
  const told = [story.situation, story.task, story.action, story.result].join("\n");
  return (
    <DraftFeedbackView
      question={question}
      text={told}
      buttonLabel={`Feedback on “${story.title}”`}
    />
  );
}
