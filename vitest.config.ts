import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{device,bridge,proto,sim,dashboards,scripts,test}/**/*.test.ts"],
    exclude: ["node_modules/**", "run/**"],
    // Integration tests start real servers on free ports; two cores are shared with them.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
