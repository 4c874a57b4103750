import { ImageResponse } from "next/og";
import { drawableText, ogFontCoverage } from "@/lib/seo/font-coverage";
import { ogImageSize } from "@/lib/seo/metadata";

export { ogImageSize };

/**
 * One design for every social card: built at build time, large type so the title stays legible in a
 * small link preview. Text is reduced to what next/og's bundled font draws, since any other character
 * (an emoji in a title) would make it download glyphs from the web during the build.
 */
export function renderOgCard(card: { eyebrow: string; title: string; detail: string }) {
  const covered = ogFontCoverage();
  const eyebrow = drawableText(card.eyebrow, covered, "Leadwise");
  const title = drawableText(card.title, covered, "Leadwise");
  const detail = drawableText(card.detail, covered, "");
  // Interview questions run to about 200 characters: they get a fourth, smaller step so they still fit.
  const titleSize = title.length > 120 ? 46 : title.length > 60 ? 60 : title.length > 32 ? 72 : 88;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#0e1116",
        color: "#e7e9ee",
      }}
    >
      <div
        style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 700 }}
      >
        <div
          style={{
            width: 56,
            height: 56,
            borderRadius: 12,
            background: "#8db4ff",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
          }}
        >
          <div
            style={{
              width: 26,
              height: 30,
              borderLeft: "7px solid #0b1020",
              borderBottom: "7px solid #0b1020",
              display: "flex",
            }}
          />
        </div>
        Leadwise
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div
          style={{ fontSize: 30, color: "#8db4ff", textTransform: "uppercase", letterSpacing: 2 }}
        >
          {eyebrow}
        </div>
        <div style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.05 }}>{title}</div>
      </div>
      <div style={{ fontSize: 30, color: "#a6aebb", display: "flex" }}>{detail}</div>
    </div>,
    ogImageSize,
  );
}
