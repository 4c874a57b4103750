import type { NextConfig } from "next";

// A static export: `out/` is the whole site, served by any CDN. Headers, content types and
// compression live in the host config the project ships (public/_headers, nginx.conf), since an export cannot set them.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` and CI run `npm run typecheck` (tsc over the whole project) before the build, so the
  // build's own second type-check only repeats it: skipping it saves about half a minute per build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
