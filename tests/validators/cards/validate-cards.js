#!/usr/bin/env node
// Validates every *.json Adaptive Card in a directory with two independent checkers and prints a JSON report:
//  1. the official `adaptivecards` parser at the card's declared version (parse events + validateProperties),
//  2. a strict TypeScript check against IAdaptiveCard from @microsoft/teams.cards (unknown properties, missing text, wrong types).
// Usage: node validate-cards.js <dir>     exit code: 0 all valid, 1 some card has errors, 2 usage/setup error.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const AC = require("adaptivecards/dist/adaptivecards.js");

function parserErrors(json) {
  const declared = json.version;
  const version = typeof declared === "string" ? AC.Version.parse(declared, new AC.SerializationContext()) : undefined;
  if (!version || !version.isValid) {
    return [`declared version ${JSON.stringify(declared)} is not a valid Adaptive Card version`];
  }
  const context = new AC.SerializationContext(version);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const errors = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    errors.push(`parse: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    errors.push(`validate: ${e.message}`);
  }
  return errors;
}

function typeErrors(files, dir) {
  // The .ts files must sit below node_modules so `@microsoft/teams.cards` resolves.
  const work = fs.mkdtempSync(path.join(__dirname, ".typecheck-"));
  try {
    const byTs = new Map();
    files.forEach((file, i) => {
      const ts = path.join(work, `card${i}.ts`);
      const json = fs.readFileSync(path.join(dir, file), "utf8");
      fs.writeFileSync(ts, `import type { IAdaptiveCard } from "@microsoft/teams.cards";\nexport const card: IAdaptiveCard = ${json};\n`);
      byTs.set(path.basename(ts), file);
    });
    const tsc = path.join(__dirname, "node_modules", "typescript", "bin", "tsc");
    const args = [tsc, "--noEmit", "--strict", "--skipLibCheck", "--pretty", "false",
      "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext",
      ...[...byTs.keys()].map(f => path.join(work, f))];
    let out = "";
    try {
      execFileSync(process.execPath, args, { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      out = `${e.stdout || ""}${e.stderr || ""}`;
    }
    const errors = new Map(files.map(f => [f, []]));
    const general = [];
    for (const line of out.split("\n").filter(l => l.trim())) {
      const match = /^(.*?card\d+\.ts)\((\d+),(\d+)\): (.*)$/.exec(line);
      const file = match && byTs.get(path.basename(match[1]));
      if (file) {
        errors.get(file).push(`type: line ${Number(match[2]) - 1}: ${match[4]}`);
      } else if (!/^\s/.test(line)) {
        general.push(`type: ${line}`);
      }
    }
    return { errors, general };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    console.error("usage: node validate-cards.js <directory of card .json files>");
    process.exit(2);
  }
  const files = fs.readdirSync(dir).filter(f => f.endsWith(".json") && !f.endsWith(".slack.json")).sort();
  const cards = files.map(file => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    return { file, version: json.version ?? null, errors: parserErrors(json) };
  });
  const types = files.length > 0 ? typeErrors(files, dir) : { errors: new Map(), general: [] };
  for (const card of cards) {
    card.errors.push(...types.errors.get(card.file));
  }
  // Errors not tied to one card (e.g. the type package failed to load) fail the whole run.
  const errors = types.general;
  const ok = errors.length === 0 && cards.every(c => c.errors.length === 0);
  process.stdout.write(JSON.stringify({ ok, checked: cards.length, errors, cards }, null, 2) + "\n");
  process.exit(ok ? 0 : 1);
}

main();
