#!/usr/bin/env node
// Renders every *.json Adaptive Card in a directory to a PNG at phone width (360 CSS px), the way the
// on-call rep sees it on Teams mobile: official `adaptivecards` renderer + markdown-it in headless Chromium.
// Usage: node render-cards.js <cardsDir> <pngDir> [--light|--dark] [--chromium /usr/bin/chromium]
// The renderer silently drops unknown elements: run validate-cards.js first, a picture is not a parse check.
// Prints {"rendered":N,"cards":[{"file","png","heightPx","truncatedButtons":[titles cut with an ellipsis],"warnings"}]}.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const WIDTH = 360;

// A Teams-like host config: Segoe-ish stack, Teams purple accent, red attention, compact spacing.
function hostConfig(dark) {
  const text = dark
    ? { default: "#FFFFFF", subtle: "#ADADAD", accent: "#A6A7DC", attention: "#F9526B", good: "#92C353", warning: "#F8D22A" }
    : { default: "#242424", subtle: "#616161", accent: "#5B5FC7", attention: "#C4314B", good: "#237B4B", warning: "#835C00" };
  const color = c => ({ default: c, subtle: c });
  const foreground = {
    default: color(text.default), dark: color(text.default), light: color(text.default),
    accent: color(text.accent), good: color(text.good), warning: color(text.warning),
    attention: color(text.attention),
  };
  const style = bg => ({ backgroundColor: bg, foregroundColors: foreground });
  return {
    fontFamily: "'Segoe UI', 'DejaVu Sans', sans-serif",
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: dark ? "#3D3D3D" : "#E0E0E0" },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
    containerStyles: {
      default: style(dark ? "#292929" : "#FFFFFF"),
      emphasis: style(dark ? "#1F1F1F" : "#F5F5F5"),
      accent: style(dark ? "#2F2F4A" : "#E8EBFA"),
      good: style(dark ? "#0D2E0D" : "#E7F2DA"),
      attention: style(dark ? "#3E1F25" : "#FCF4F6"),
      warning: style(dark ? "#463100" : "#FBF6D9"),
    },
    actions: {
      maxActions: 6, spacing: "default", buttonSpacing: 8, actionsOrientation: "horizontal",
      actionAlignment: "stretch", showCard: { actionMode: "inline", inlineTopMargin: 16 },
    },
    factSet: {
      title: { color: "default", size: "default", isSubtle: false, weight: "bolder", wrap: true, maxWidth: 150 },
      value: { color: "default", size: "default", isSubtle: false, weight: "default", wrap: true },
      spacing: 8,
    },
  };
}

function parseArgs(argv) {
  const options = { dark: false, chromium: "/usr/bin/chromium", positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dark") options.dark = true;
    else if (arg === "--light") options.dark = false;
    else if (arg === "--chromium") options.chromium = argv[++i];
    else options.positionals.push(arg);
  }
  return options;
}

function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === "file:" || protocol === "data:" || protocol === "about:" || protocol === "blob:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

async function preparePage(context, dark) {
  const page = await context.newPage();
  await page.route("**/*", route => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  const background = dark ? "#1F1F1F" : "#F5F5F5";
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head>
    <body style="margin:0;background:${background}"><div id="card" style="width:${WIDTH}px"></div></body></html>`);
  const lib = p => require.resolve(p);
  await page.addStyleTag({ path: lib("adaptivecards/dist/adaptivecards.css") });
  // The renderer sets width:100% on a markdown list inside a TextBlock, which pushes the list's padding past the
  // right edge and clips every bullet line; Teams does not clip lists, so the picture should not either.
  await page.addStyleTag({ content: ".ac-textBlock > ul, .ac-textBlock > ol { box-sizing: border-box; }" });
  await page.addScriptTag({ path: lib("markdown-it/dist/markdown-it.min.js") });
  await page.addScriptTag({ path: lib("adaptivecards/dist/adaptivecards.js") });
  return page;
}

// Runs in the page: renders one card into #card and returns what the renderer complained about.
function renderInPage({ json, config }) {
  const AC = window.AdaptiveCards;
  const md = window.markdownit();
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(config);
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const warnings = [];
  for (let i = 0; i < context.eventCount; i++) warnings.push(context.getEventAt(i).message);
  const host = document.getElementById("card");
  host.innerHTML = "";
  const element = card.render();
  if (!element) return { warnings: [...warnings, "card.render() returned nothing"], height: 0 };
  host.appendChild(element);
  // A button whose title the renderer cut with an ellipsis: its title element is narrower than its text. Hidden
  // buttons (inside a detail not shown yet) have no layout and are measured when a card shows them.
  const truncatedButtons = [];
  for (const button of host.querySelectorAll("button")) {
    if (button.offsetParent === null) continue;
    const title = button.firstElementChild instanceof HTMLElement ? button.firstElementChild : button;
    const text = document.createRange();
    text.selectNodeContents(title);
    const overflows = text.getBoundingClientRect().width > title.getBoundingClientRect().width + 0.01;
    if (overflows || title.scrollWidth > title.clientWidth) truncatedButtons.push(button.textContent.trim());
  }
  return { warnings, height: Math.round(host.getBoundingClientRect().height), truncatedButtons };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const [cardsDir, outDir] = options.positionals;
  if (!cardsDir || !outDir || !fs.existsSync(cardsDir)) {
    console.error("usage: node render-cards.js <cardsDir> <pngDir> [--light|--dark] [--chromium <path>]");
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "render-cards-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    viewport: { width: WIDTH, height: 640 },
    deviceScaleFactor: 2,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const report = [];
  try {
    const page = await preparePage(context, options.dark);
    const config = hostConfig(options.dark);
    const files = fs.readdirSync(cardsDir).filter(f => f.endsWith(".json") && !f.endsWith(".slack.json")).sort();
    for (const file of files) {
      const json = JSON.parse(fs.readFileSync(path.join(cardsDir, file), "utf8"));
      const result = await page.evaluate(renderInPage, { json, config });
      const png = path.join(outDir, file.replace(/\.json$/, ".png"));
      await page.locator("#card").screenshot({ path: png });
      report.push({ file, png, heightPx: result.height, truncatedButtons: result.truncatedButtons, warnings: result.warnings });
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify({ rendered: report.length, cards: report }, null, 2) + "\n");
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
