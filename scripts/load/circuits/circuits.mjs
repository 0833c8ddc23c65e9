// N concurrent Chromium pages (one browser, one context per user), each signed in as its own user and repeating
// open dashboard → search contacts → log an ask for DURATION seconds. Prints p95 per step, errors, and the server's
// memory per circuit (RSS delta / N), next to a plain page's (the app's not-found page: layout, no data) measured the
// same way in the same run. Usage: node circuits.mjs BASE_URL SERVER_PID N[,N...] [DURATION_SECONDS]
import { chromium } from 'playwright-core';
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const [base, pidText, nsText = '10,25,50', durationText = '60'] = process.argv.slice(2);
const pid = Number(pidText);
const counts = nsText.split(',').map(Number);
const durationMs = Number(durationText) * 1000;
const password = 'Load!Passw0rd1';
// utime + stime of the server process, in seconds (clock ticks of 1/100 s): the server's own share of the machine, which
// the browser's pages also load on a single machine.
const serverCpuSeconds = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const sleep = ms => new Promise(r => setTimeout(r, ms));
const p95 = xs => xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] : NaN;

async function postForm(request, path, handler, fields) {
  const html = await (await request.get(path)).text();
  const token = /name="__RequestVerificationToken"[^>]*value="([^"]+)"/.exec(html)?.[1];
  const response = await request.post(path, { form: { __RequestVerificationToken: token, _handler: handler, ...fields }, maxRedirects: 0 });
  if (response.status() >= 400) throw new Error(`${path} answered ${response.status()}`);
}

// A full page load starts a new circuit: it is live once its WebSocket has received a few frames (handshake, first
// render batch). Counted per page on the Node side; goto() resets the count.
function watchCircuits(page) {
  page.circuitFrames = 0;
  page.on('websocket', socket => socket.on('framereceived', () => { page.circuitFrames++; }));
  const goto = page.goto.bind(page);
  page.goto = (url, options) => { page.circuitFrames = 0; return goto(url, options); };
  return page;
}

async function waitInteractive(page) {
  const deadline = Date.now() + 240000;
  while (page.circuitFrames < 3) {
    if (Date.now() > deadline) throw new Error(`no live circuit on ${page.url()}`);
    await sleep(50);
  }
  await sleep(200);
}

async function openUser(browser, index, run) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
  context.setDefaultTimeout(120000);
  context.setDefaultNavigationTimeout(180000);
  const email = `load-${run}-${index}@example.com`;
  await postForm(context.request, '/Account/Register', 'register', { 'Input.Email': email, 'Input.Password': password, 'Input.ConfirmPassword': password });
  await postForm(context.request, '/Account/Login', 'login', { 'Input.Email': email, 'Input.Password': password });
  const page = watchCircuits(await context.newPage());
  // Something to search for and ask: plug in the starter strings and add one friend, through the UI.
  await page.goto('/circles');
  await waitInteractive(page);
  await page.getByRole('button', { name: /^Plug in \d+ strings$/ }).click();
  await page.getByRole('link', { name: 'Friends', exact: true }).click();
  await page.getByRole('button', { name: 'Add contact to this circle' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').first().fill(`Friend ${index}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: `Friend ${index}` }).waitFor();
  return { context, page, index, times: { dashboard: [], search: [], ask: [] }, errors: 0, rounds: 0 };
}

async function timed(user, step, action) {
  const start = performance.now();
  try {
    await action();
    user.times[step].push(performance.now() - start);
  } catch (error) {
    user.errors++;
    if (user.errors <= 2) console.error(`user ${user.index} ${step}: ${error.message.split('\n')[0]}`);
  }
}

// One circuit per user for the whole run, as in a browser tab: the flow moves through the app's own links (Blazor's
// client-side navigation), never a full reload, so each step is server work on that user's circuit.
async function loop(user, until) {
  const page = user.page;
  const navLink = href => page.locator(`.mud-navmenu a[href="${href}"]`);
  // At least one round, so the warm-up (until = now) really goes through every step.
  do {
    await timed(user, 'dashboard', async () => {
      await navLink('/').click();
      await page.getByRole('heading', { name: 'Your strings of lights' }).waitFor();
    });
    await timed(user, 'search', async () => {
      await navLink('/contacts').click();
      await page.getByLabel('Search contacts').fill(`Friend ${user.index}`);
      await page.getByRole('link', { name: `Friend ${user.index}`, exact: true }).waitFor();
    });
    await timed(user, 'ask', async () => {
      await page.getByRole('link', { name: `Friend ${user.index}`, exact: true }).click();
      await page.getByRole('button', { name: 'Log an ask' }).click();
      await page.getByRole('button', { name: 'Save ask' }).click();
      await page.getByText('Ask logged.').first().waitFor();
    });
    user.rounds++;
  } while (Date.now() < until);
}

// The server's memory once it has settled: a full GC first (dotnet-gcdump induces one to walk the heap), so garbage
// left by the run does not count as memory the open circuits hold. Returns the live managed heap and the RSS, in MB.
async function settled() {
  await sleep(3000);
  const file = `/tmp/jobnetwork-circuits-${pid}.gcdump`;
  execFileSync('dotnet-gcdump', ['collect', '-p', String(pid), '-o', file], { stdio: 'ignore' });
  const report = execFileSync('dotnet-gcdump', ['report', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  rmSync(file, { force: true });
  const heapBytes = Number(/([\d,]+)\s+GC Heap bytes/.exec(report)?.[1].replaceAll(',', '') ?? NaN);
  // Circuits alive in the server, connected or kept for a while after their tab went away.
  const circuits = Number(/^\s*[\d,]+\s+([\d,]+)\s+Microsoft\.AspNetCore\.Components\.Server\.Circuits\.CircuitHost\s/m.exec(report)?.[1].replaceAll(',', '') ?? 0);
  return { heap: heapBytes / 1024 / 1024, rss: rssMb(), circuits };
}

// Runs make(i) for i < n, at most `limit` at a time: setting up fifty users at once on a 2-core machine left pages
// waiting minutes for their circuit. The set-up is not what is measured.
async function openMany(n, limit, make) {
  const made = new Array(n);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, n) }, async () => {
    while (next < n) {
      const i = next++;
      made[i] = await make(i);
    }
  });
  try {
    await Promise.all(workers);
  } catch (error) {
    await Promise.all(made.filter(Boolean).map(m => (m.context ?? m).close().catch(() => {})));
    throw error;
  }
  return made;
}

// Closed tabs leave their circuits on the server for the retention period (circuits.sh sets 5 s); wait until they are
// gone so one measurement does not carry the previous one's.
async function circuitsGone(target) {
  const deadline = Date.now() + 120000;
  let now = await settled();
  while (now.circuits > target && Date.now() < deadline) {
    await sleep(5000);
    now = await settled();
  }
  return now;
}

function perCircuit(after, before, n) {
  const circuits = after.circuits - before.circuits > 0 ? after.circuits - before.circuits : n;
  return { heap: (after.heap - before.heap) * 1024 / circuits, rss: (after.rss - before.rss) * 1024 / n, circuits };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});

// Warm the server up first (JIT, EF models, MudBlazor's first renders): one user through the whole flow, so the first
// measured circuit does not carry the cost of the server's first use of every page.
{
  const warm = await openUser(browser, 0, `warm-${Date.now()}`);
  await loop(warm, Date.now());
  await warm.context.close();
}
const rows = [];
for (const n of counts) {
  const run = `${n}-${Date.now()}`;
  // Plain page: n contexts on the not-found page (layout, circuit, no data).
  const before = await circuitsGone(0);
  const plain = await openMany(n, 5, async () => {
    const context = await browser.newContext({ baseURL: base });
    context.setDefaultNavigationTimeout(180000);
    const page = watchCircuits(await context.newPage());
    await page.goto('/not-found', { waitUntil: 'domcontentloaded' });
    await waitInteractive(page);
    return context;
  });
  const plainPer = perCircuit(await settled(), before, n);
  await Promise.all(plain.map(c => c.close()));

  const idle = await circuitsGone(0);
  let users;
  try {
    users = await openMany(n, 5, i => openUser(browser, i, run));
  } catch (error) {
    rows.push(`| ${n} | could not open ${n} signed-in pages: ${error.message.split('\n')[0]} |`);
    console.log(rows.at(-1));
    continue;
  }
  const until = Date.now() + durationMs;
  const cpuBefore = serverCpuSeconds();
  await Promise.all(users.map(u => loop(u, until)));
  const cpuPerRound = (serverCpuSeconds() - cpuBefore) * 1000 / Math.max(1, users.reduce((s, u) => s + u.rounds, 0));
  const working = await settled();
  const signedInPer = perCircuit(working, idle, n);
  const all = step => users.flatMap(u => u.times[step]);
  const errors = users.reduce((s, u) => s + u.errors, 0);
  const rounds = users.reduce((s, u) => s + u.rounds, 0);
  rows.push(`| ${n} | ${rounds} | ${p95(all('dashboard')).toFixed(0)} ms | ${p95(all('search')).toFixed(0)} ms | ${p95(all('ask')).toFixed(0)} ms | ${cpuPerRound.toFixed(0)} ms | ${errors} | ${signedInPer.heap.toFixed(0)} KB / ${signedInPer.rss.toFixed(0)} KB (${signedInPer.circuits} circuits) | ${plainPer.heap.toFixed(0)} KB / ${plainPer.rss.toFixed(0)} KB | ${working.heap.toFixed(0)} MB / ${working.rss.toFixed(0)} MB |`);
  await Promise.all(users.map(u => u.context.close()));
  console.log(rows.at(-1));
}
await browser.close();
console.log('\n| N pages | Rounds | p95 dashboard | p95 search | p95 log ask | Server CPU per round | Errors | Per signed-in circuit (live heap / RSS) | Per plain-page circuit (live heap / RSS) | Server (live heap / RSS) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
rows.forEach(r => console.log(r));
