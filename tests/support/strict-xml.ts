/**
 * A deliberately strict XML reader for tests: elements, attributes, text, comments and the five
 * predefined entities plus character references. Anything not well formed (a mismatched or unclosed
 * tag, a bare `&` or `<` in text, a duplicate attribute, two roots) throws, which is what a feed
 * reader's XML parser would do. No DTDs, no CDATA: the feed writes neither.
 */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
};

const namePattern = /^[A-Za-z_][\w.:-]*/;
const entityPattern = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const entityValues: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  let out = "";
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index];
    if (char === "<") throw new Error(`bare "<" in ${where}`);
    if (char !== "&") {
      out += char;
      continue;
    }
    const match = entityPattern.exec(raw.slice(index));
    if (!match) throw new Error(`bare "&" in ${where}: ${raw.slice(index, index + 12)}`);
    const name = match[1] ?? "";
    out += name.startsWith("#x")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : entityValues[name];
    index += match[0].length - 1;
  }
  return out;
}

export function parseXml(source: string): XmlElement {
  let position = 0;
  const rest = () => source.slice(position);
  const skipWhitespace = () => {
    while (position < source.length && /\s/.test(source[position] ?? "")) position += 1;
  };
  const skipComments = () => {
    for (;;) {
      skipWhitespace();
      if (!rest().startsWith("<!--")) return;
      const end = source.indexOf("-->", position);
      if (end < 0) throw new Error("unclosed comment");
      position = end + 3;
    }
  };

  if (rest().startsWith("<?xml")) {
    const end = source.indexOf("?>", position);
    if (end < 0) throw new Error("unclosed XML declaration");
    position = end + 2;
  }
  skipComments();

  const parseElement = (): XmlElement => {
    if (source[position] !== "<") throw new Error(`expected "<" at ${position}`);
    position += 1;
    const name = namePattern.exec(rest())?.[0];
    if (!name) throw new Error(`expected an element name at ${position}`);
    position += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: "" };
    for (;;) {
      const before = position;
      skipWhitespace();
      if (rest().startsWith("/>")) {
        position += 2;
        return element;
      }
      if (source[position] === ">") {
        position += 1;
        break;
      }
      if (position === before)
        throw new Error(`expected whitespace before an attribute of <${name}>`);
      const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest());
      if (!attribute?.[1]) throw new Error(`malformed attribute in <${name}> at ${position}`);
      if (attribute[1] in element.attributes)
        throw new Error(`duplicate attribute ${attribute[1]} on <${name}>`);
      element.attributes[attribute[1]] = decode(
        attribute[3] ?? attribute[4] ?? "",
        `attribute ${attribute[1]} of <${name}>`,
      );
      position += attribute[0].length;
    }
    for (;;) {
      const next = source.indexOf("<", position);
      if (next < 0) throw new Error(`<${name}> is never closed`);
      element.text += decode(source.slice(position, next), `text of <${name}>`);
      position = next;
      if (rest().startsWith("<!--")) {
        skipComments();
        continue;
      }
      if (rest().startsWith("</")) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(rest());
        if (close?.[1] !== name) throw new Error(`<${name}> closed by ${rest().slice(0, 20)}`);
        position += close[0].length;
        return element;
      }
      element.children.push(parseElement());
    }
  };

  const root = parseElement();
  skipComments();
  if (position !== source.length)
    throw new Error(`content after the root element: ${rest().slice(0, 20)}`);
  return root;
}

export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);
