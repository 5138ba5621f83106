#!/usr/bin/env node
// Type-checks every *.slack.json in a directory against @slack/types with `tsc --noEmit --strict` and prints a JSON
// report { "<file>": ["<error>", ...] }. A file is a modal (View), one message ({ blocks }) or pages of messages.
// Lengths and counts (50 blocks per message, 3,000 characters per section...) are checked by the C# tests.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node validate-blocks.js <directory of *.slack.json files>");
  process.exit(2);
}
const files = fs.readdirSync(dir).filter(f => f.endsWith(".slack.json")).sort();
const work = fs.mkdtempSync(path.join(__dirname, ".check-"));
try {
  const names = files.map((file, i) => {
    const json = fs.readFileSync(path.join(dir, file), "utf8");
    const ts = path.join(work, `b${i}.ts`);
    fs.writeFileSync(ts,
      'import type { KnownBlock, ModalView } from "@slack/types";\n' +
      "type Message = { blocks: KnownBlock[] };\n" +
      `export const payload: ModalView | Message | Message[] = ${json};\n`);
    return ts;
  });
  const report = Object.fromEntries(files.map(f => [f, []]));
  if (names.length > 0) {
    try {
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "--noEmit", "--strict", "--skipLibCheck", ...names],
        { cwd: __dirname, encoding: "utf8" });
    } catch (e) {
      for (const line of String(e.stdout).split(/\r?\n/)) {
        const m = line.match(/b(\d+)\.ts\(\d+,\d+\): (.*)$/);
        if (m) report[files[Number(m[1])]].push(m[2]);
      }
    }
  }
  console.log(JSON.stringify(report));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
