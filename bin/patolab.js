#!/usr/bin/env node
// The `patolab` command. The sources are TypeScript, compiled on the fly by
// tsx so the command works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src-main/cli/main.ts');
