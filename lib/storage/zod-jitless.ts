import { config } from "zod/mini";

// zod 4 probes `new Function` to decide whether to compile fast parsers; under our CSP (no
// 'unsafe-eval') that probe is a reported violation. Parsing without the JIT is plenty fast for
// the few kilobytes of progress we validate.
config({ jitless: true });
