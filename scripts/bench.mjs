// Runs the TypeScript benchmark through Vite's module runner (already a dependency): no extra TS runner.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/bench/run.ts', { configFile: false, logLevel: 'warn' });
await module.main();
