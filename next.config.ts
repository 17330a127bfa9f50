import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // postgres.js opens raw sockets and keeps pools in module state: load it from node_modules
  // at run time instead of bundling a copy per route.
  serverExternalPackages: ['postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
