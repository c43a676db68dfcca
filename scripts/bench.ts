// `npm run bench`: throughput figures, each as a ratio against a ceiling measured in the same run.
// Ends with `name=value` lines.
import { benchAgentPipeline } from "./bench/agent-pipeline.ts";

const results = [...(await benchAgentPipeline())];
for (const { name, value } of results) console.log(`${name}=${value}`);
