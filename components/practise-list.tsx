import { practiseListPath } from "@/lib/practice/set-links";
import { primaryButton } from "@/components/button-styles";

/**
 * "Practise these N questions": a link that starts a set of exactly the questions listed beside it
 * (at most the 50 a set holds), in the order its seed gives. Renders on the server for a tag page and
 * in the hub's filter island, whose list changes with the filters.
 */
export function PractiseList({ ids, seed }: { ids: readonly string[]; seed: string }) {
  if (ids.length === 0) return null;
  const { href, count } = practiseListPath(ids, seed);
  return (
    <p className="no-print mb-4">
      <a href={href} className={`${primaryButton} no-underline`}>
        {count === ids.length
          ? `Practise ${count === 1 ? "this question" : `these ${count} questions`}`
          : `Practise ${count} of these ${ids.length} questions`}
      </a>
    </p>
  );
}
