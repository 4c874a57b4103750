/**
 * JSON-LD goes into a <script> element, where `</script>` or `<!--` in any string would end or
 * corrupt it. Escaping `<` (and the line separators JSON allows but JavaScript did not) keeps the
 * text inert and still valid JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
