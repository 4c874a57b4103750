/**
 * Hands the browser a file built in memory (an export) as a download. The object URL is revoked a
 * moment later, once the click has started the download, so exports do not pile up in memory.
 */
export function downloadFile(contents: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today's date for export file names: leadwise-progress-2026-11-22.json. */
export const exportDateStamp = (): string => new Date().toISOString().slice(0, 10);
