/**
 * An island's first render is in the HTML, so its buttons, boxes, menus and folds are on screen
 * before React is. A tap in that moment would do nothing (and a ticked box would be unticked when
 * React draws the island afresh), so what the visitor did is written down here, per island, and
 * done again on the live island once it has read its own state (see mountIslands).
 */

/** One thing done to a control before its island was live, told by what identifies the control. */
export type EarlyInput =
  | { kind: "press"; control: string }
  | { kind: "check"; name: string; value: string; checked: boolean }
  | { kind: "choose"; select: number; value: string }
  | { kind: "unfold"; details: number; open: boolean };

/** The same button in the live island: the panel it controls, or else its words. */
function buttonKey(button: HTMLButtonElement): string {
  const controls = button.getAttribute("aria-controls");
  return controls ? `controls:${controls}` : `text:${button.textContent?.trim() ?? ""}`;
}

function findButton(box: HTMLElement, key: string): HTMLButtonElement | undefined {
  return [...box.querySelectorAll("button")].find((button) => buttonKey(button) === key);
}

/**
 * Reads a click, change or disclosure toggle inside an island into an EarlyInput, or null for
 * anything else. (A toggle does not bubble; the listeners below capture, which sees it anyway.)
 */
export function readEarlyInput(event: Event, box: HTMLElement): EarlyInput | null {
  const target = event.target;
  if (event.type === "click" && target instanceof Element) {
    const button = target.closest("button");
    if (button && !button.disabled) return { kind: "press", control: buttonKey(button) };
  }
  if (event.type === "toggle" && target instanceof HTMLDetailsElement)
    return {
      kind: "unfold",
      details: [...box.querySelectorAll("details")].indexOf(target),
      open: target.open,
    };
  if (event.type !== "change") return null;
  if (target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio"))
    return { kind: "check", name: target.name, value: target.value, checked: target.checked };
  if (target instanceof HTMLSelectElement)
    return {
      kind: "choose",
      select: [...box.querySelectorAll("select")].indexOf(target),
      value: target.value,
    };
  return null;
}

/** Does each input again, in order, on the island's live controls; a control it lacks is skipped. */
export function replayEarlyInput(box: HTMLElement, inputs: readonly EarlyInput[]): void {
  for (const input of inputs) {
    if (input.kind === "press") {
      findButton(box, input.control)?.click();
    } else if (input.kind === "check") {
      const control = [...box.querySelectorAll("input")].find(
        (candidate) => candidate.name === input.name && candidate.value === input.value,
      );
      if (control && control.checked !== input.checked) control.click();
    } else if (input.kind === "unfold") {
      const details = box.querySelectorAll("details")[input.details];
      if (details) details.open = input.open;
    } else {
      const select = box.querySelectorAll("select")[input.select];
      if (select && select.value !== input.value) {
        select.value = input.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
  }
}

/**
 * Starts writing down what is done inside each island on the page until it is live. The returned
 * function hands over (and stops recording) one island's inputs.
 */
export function recordEarlyInput(doc: Document): (box: HTMLElement) => EarlyInput[] {
  const recorded = new Map<HTMLElement, EarlyInput[]>();
  const record = (event: Event) => {
    if (!(event.target instanceof Element)) return;
    const box = event.target.closest<HTMLElement>("[data-island]");
    if (!box || box.hasAttribute("data-mounted")) return;
    const input = readEarlyInput(event, box);
    if (input) recorded.set(box, [...(recorded.get(box) ?? []), input]);
  };
  const kinds = ["click", "change", "toggle"];
  for (const kind of kinds) doc.addEventListener(kind, record, true);
  let pending = doc.querySelectorAll("[data-island]").length;
  return (box) => {
    const inputs = recorded.get(box) ?? [];
    recorded.delete(box);
    pending -= 1;
    if (pending <= 0) for (const kind of kinds) doc.removeEventListener(kind, record, true);
    return inputs;
  };
}
