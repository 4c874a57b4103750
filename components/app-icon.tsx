import { ImageResponse } from "next/og";

/**
 * The install icon as PNG, drawn at build time from the same mark as app/icon.svg (an L on blue).
 * The mark sits inside the middle 60% so the icon also works masked to a circle (purpose "maskable").
 * No text, so no font is fetched: the build stays offline.
 */
export function appIconResponse(size: number): ImageResponse {
  const stroke = Math.round(size * 0.09);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#1d4ed8",
      }}
    >
      <div
        style={{
          width: size * 0.34,
          height: size * 0.42,
          borderLeft: `${stroke}px solid #ffffff`,
          borderBottom: `${stroke}px solid #ffffff`,
          display: "flex",
        }}
      />
    </div>,
    { width: size, height: size },
  );
}
