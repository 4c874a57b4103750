import type { NextConfig } from "next";

// A static export: `out/` is the whole site, served by any CDN. Headers, content types and
// compression live in the host config the project ships (host/), since an export cannot set them.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
