// Editio's browser editor: reading, marking, reviewing and history on the collaborative editing API.
// No framework and nothing fetched from elsewhere at run time (the page's CSP allows only this origin
// and the Keycloak server for the token exchange). Every text from the edition goes in as textContent.

const TEI_NS = "http://www.tei-c.org/ns/1.0";
const UNSENT = "editio.unsent";
const $ = (id) => document.getElementById(id);

const state = { config: null, token: null, refresh: null, expires: 0, user: null, roles: [], open: null,
  persons: [], pending: null, draft: null };

// ---- Sign-in: OIDC authorization code with PKCE (S256) against Keycloak's own login page ------------

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function oidc(path) {
  return `${state.config.keycloakUrl}/realms/${state.config.realm}/protocol/openid-connect/${path}`;
}

function redirectUri() {
  return `${location.origin}/editor`;
}

async function login() {
  const verifier = randomString();
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const nonce = randomString();
  sessionStorage.setItem("editio.pkce", verifier);
  sessionStorage.setItem("editio.state", nonce);
  const query = new URLSearchParams({ client_id: state.config.clientId, response_type: "code", scope: "openid profile",
    redirect_uri: redirectUri(), code_challenge: challenge, code_challenge_method: "S256", state: nonce });
  location.assign(`${oidc("auth")}?${query}`);
}

async function tokenRequest(form) {
  const response = await fetch(oidc("token"), { method: "POST", body: new URLSearchParams(form),
    headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  if (!response.ok) {
    throw new Error(`Keycloak refused: ${response.status}`);
  }
  keepTokens(await response.json());
}

function keepTokens(tokens) {
  state.token = tokens.access_token;
  state.refresh = tokens.refresh_token;
  state.expires = Date.now() + tokens.expires_in * 1000;
  sessionStorage.setItem("editio.tokens", JSON.stringify({ ...tokens, at: Date.now() }));
  const claims = JSON.parse(atob(state.token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
  state.user = { account: claims.preferred_username, name: claims.name || claims.preferred_username };
  state.roles = (claims.realm_access && claims.realm_access.roles || [])
    .filter((r) => ["reader", "editor", "reviewer", "admin"].includes(r));
}

async function finishLogin() {
  const params = new URLSearchParams(location.search);
  if (params.has("code")) {
    const expected = sessionStorage.getItem("editio.state");
    history.replaceState(null, "", redirectUri());
    if (params.get("state") !== expected) {
      throw new Error("The sign-in answer did not match the request; sign in again");
    }
    await tokenRequest({ grant_type: "authorization_code", client_id: state.config.clientId, code: params.get("code"),
      redirect_uri: redirectUri(), code_verifier: sessionStorage.getItem("editio.pkce") });
    return;
  }
  const kept = sessionStorage.getItem("editio.tokens");
  if (kept) {
    const tokens = JSON.parse(kept);
    keepTokens({ ...tokens, expires_in: Math.max(0, tokens.expires_in - (Date.now() - tokens.at) / 1000) });
  }
}

async function freshToken() {
  if (state.token && Date.now() > state.expires - 30000 && state.refresh) {
    await tokenRequest({ grant_type: "refresh_token", client_id: state.config.clientId, refresh_token: state.refresh });
  }
  return state.token;
}

function logout() {
  sessionStorage.removeItem("editio.tokens");
  const query = new URLSearchParams({ client_id: state.config.clientId, post_logout_redirect_uri: redirectUri() });
  location.assign(`${oidc("logout")}?${query}`);
}

const can = (role) => state.roles.includes(role) || state.roles.includes("admin");

// ---- Calls to the service -----------------------------------------------------------------------------

class Conflict extends Error {
  constructor(problem) {
    super(problem.detail);
    this.problem = problem;
  }
}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  const token = await freshToken();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`/api/editions/${state.config.edition}${path}`, { ...options, headers });
  if (response.status === 412) {
    throw new Conflict(await response.json());
  }
  if (!response.ok) {
    let detail = `${response.status}`;
    try {
      const problem = await response.json();
      detail = [problem.detail, ...(problem.errors || [])].join(" ");
    } catch (e) {
      // not a problem document
    }
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response;
}

function say(element, text) {
  $(element).textContent = text;
}

function banner(text) {
  $("banner").hidden = !text;
  $("banner").textContent = text || "";
}

// ---- The reading view ---------------------------------------------------------------------------------

async function loadReading() {
  const text = can("reader") ? "&text=draft" : "";
  const page = await (await api(`/html?view=${$("view").value}${text}`)).text();
  const doc = new DOMParser().parseFromString(page, "text/html");
  $("edition-title").textContent = doc.querySelector("h1") ? doc.querySelector("h1").textContent : "Editio";
  const main = doc.querySelector("main");
  $("reading").replaceChildren(...Array.from(main.childNodes).map((n) => document.importNode(n, true)));
  if (state.open) {
    const p = document.getElementById(state.open.id);
    if (p) {
      p.classList.add("opened");
    }
  }
  if (can("editor")) {
    // Paragraphs open for editing from the keyboard too.
    $("reading").querySelectorAll("p[id]").forEach((p) => {
      p.tabIndex = 0;
      p.setAttribute("aria-label", `Paragraph ${p.id}: press Enter to edit`);
    });
  }
  markPresence();
}

async function loadDraft() {
  if (!can("reader")) {
    state.draft = null;
    return;
  }
  const xml = await (await api("/tei")).text();
  state.draft = new DOMParser().parseFromString(xml, "application/xml");
  state.persons = Array.from(state.draft.getElementsByTagNameNS(TEI_NS, "person")).map((p) => ({
    id: p.getAttribute("xml:id"),
    name: (p.getElementsByTagNameNS(TEI_NS, "persName")[0] || p).textContent.trim().replace(/\s+/g, " ") }));
  const select = $("person");
  const chosen = select.value;
  select.replaceChildren(...state.persons.map((p) => new Option(p.name, p.id)));
  if (state.persons.some((p) => p.id === chosen)) {
    select.value = chosen;
  }
  renderApparatus();
}

// ---- The apparatus panel: every correction with its status, proposer and reviewer ----------------------

function handOf(element) {
  for (let e = element; e && e.nodeType === 1; e = e.parentNode) {
    if (e.hasAttribute("hand")) {
      return e.getAttribute("hand").replace(/^#/, "");
    }
  }
  return "LT";
}

function accountName(pointer) {
  const id = pointer.replace(/^#/, "");
  const resp = Array.from(state.draft.getElementsByTagNameNS(TEI_NS, "respStmt")).find((r) => r.getAttribute("xml:id") === id);
  const name = resp && resp.getElementsByTagNameNS(TEI_NS, "name")[0];
  return name ? name.textContent.trim() : id;
}

function corrections() {
  const changes = new Map(Array.from(state.draft.getElementsByTagNameNS(TEI_NS, "change"))
    .filter((c) => c.getAttribute("xml:id")).map((c) => [c.getAttribute("xml:id"), c]));
  return Array.from(state.draft.getElementsByTagNameNS(TEI_NS, "choice")).map((choice) => {
    const corr = choice.getElementsByTagNameNS(TEI_NS, "corr")[0];
    const sic = choice.getElementsByTagNameNS(TEI_NS, "sic")[0];
    const resp = (corr && corr.getAttribute("resp") || "").split(/\s+/).filter(Boolean);
    const change = changes.get((choice.getAttribute("change") || "").replace(/^#/, ""));
    const status = change ? change.getAttribute("status")
      : resp.length && resp.every((r) => r === "#importer") ? "pending" : "accepted";
    return { id: choice.getAttribute("xml:id"), sic: sic ? sic.textContent : "", corr: corr ? corr.textContent : "",
      status, hand: handOf(choice), by: resp.map(accountName).join(", "),
      reviewer: change && change.getAttribute("resp") ? accountName(change.getAttribute("resp")) : "" };
  });
}

function renderApparatus() {
  const list = $("apparatus");
  if (!state.draft) {
    list.replaceChildren(Object.assign(document.createElement("li"), { textContent: "Log in to see the corrections of the draft." }));
    return;
  }
  const status = $("filter-status").value;
  const hand = $("filter-hand").value;
  const items = corrections().filter((c) => (!status || c.status === status) && (!hand || c.hand === hand));
  list.replaceChildren(...items.map((c) => {
    const li = document.createElement("li");
    li.className = `status-${c.status}`;
    li.dataset.status = c.status;
    const link = document.createElement("a");
    link.href = `#${c.id}`;
    link.textContent = `${c.corr} ] ${c.sic}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const target = document.getElementById(c.id);
      if (target) {
        target.scrollIntoView({ block: "center" });
        target.focus();
      }
    });
    li.append(link, ` — ${c.status}, by ${c.by || "?"}${c.reviewer ? `, reviewed by ${c.reviewer}` : ""}`);
    return li;
  }));
}

// ---- Editing one paragraph: its TEI shown character for character, so a selection gives offsets ---------

function renderTei(node, into) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const span = document.createElement("span");
      span.className = "t-text";
      span.textContent = child.nodeValue;
      into.append(span);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const span = document.createElement("span");
      span.className = `t-${child.localName}` + (child.getAttribute("hand") ? ` t-hand-${child.getAttribute("hand").replace("#", "")}` : "");
      span.title = child.localName + (child.getAttribute("xml:id") ? ` ${child.getAttribute("xml:id")}` : "");
      renderTei(child, span);
      into.append(span);
    }
  }
}

async function openParagraph(id) {
  const response = await api(`/fragments/${encodeURIComponent(id)}`);
  const xml = await response.text();
  state.open = { id, etag: response.headers.get("ETag"), xml };
  document.querySelectorAll("#reading p.opened").forEach((p) => p.classList.remove("opened"));
  const p = document.getElementById(id);
  if (p) {
    p.classList.add("opened");
  }
  const element = new DOMParser().parseFromString(xml, "application/xml").documentElement;
  const view = $("fragment");
  view.replaceChildren();
  renderTei(element, view);
  say("editing-id", id);
  $("editing").hidden = false;
  say("edit-status", "");
  announce(id, "editing");
}

/** The selection as offsets into the element's text: the count of characters of the text spans before it. */
function selectedSpan() {
  const selection = getSelection();
  if (!selection.rangeCount) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const view = $("fragment");
  if (!view.contains(range.startContainer) || !view.contains(range.endContainer)) {
    return null;
  }
  const offset = (container, within) => {
    let count = 0;
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text === container) {
        return count + within;
      }
      count += text.nodeValue.length;
    }
    return count;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return { start: Math.min(start, end), end: Math.max(start, end), text: selection.toString() };
}

function operation(kind) {
  const span = selectedSpan();
  if (!state.open) {
    return null;
  }
  if (kind === "note") {
    const text = $("note-text").value.trim();
    const at = span ? span.end : $("fragment").textContent.length;
    return text ? { id: state.open.id, path: "notes", body: { at, text }, label: `note “${text}”` } : null;
  }
  if (!span || span.start === span.end) {
    say("edit-status", "Select some words in the paragraph first.");
    return null;
  }
  const body = { start: span.start, end: span.end };
  switch (kind) {
    case "correction":
      if (!$("corrected").value) {
        say("edit-status", "Type the corrected form first.");
        $("corrected").focus();
        return null;
      }
      Object.assign(body, { kind: "correction", corrected: $("corrected").value });
      break;
    case "hand-CM": Object.assign(body, { kind: "hand", hand: "CM" }); break;
    case "hand-LT": Object.assign(body, { kind: "hand", hand: "LT" }); break;
    case "quotation": Object.assign(body, { kind: "quotation" }, $("source").value ? { source: $("source").value } : {}); break;
    case "person": Object.assign(body, { kind: "person", person: $("person").value }); break;
    default: return null;
  }
  return { id: state.open.id, path: "marks", body, selected: span.text,
    label: `“${span.text}” as ${kind === "correction" ? `a correction to “${body.corrected}”` : kind}` };
}

async function send(op, etag) {
  const response = await api(`/fragments/${encodeURIComponent(op.id)}/${op.path}`, { method: "POST",
    headers: { "Content-Type": "application/json", "If-Match": etag }, body: JSON.stringify(op.body) });
  return response.headers.get("ETag");
}

async function apply(op) {
  if (!op) {
    return;
  }
  say("edit-status", `Saving ${op.label} …`);
  try {
    await send(op, state.open.etag);
    await refresh();
    await openParagraph(op.id);
    say("edit-status", `Saved ${op.label}; it awaits review.`);
  } catch (error) {
    if (error instanceof Conflict) {
      showConflict(op, error.problem);
    } else if (!error.status || error.status === 503) {
      keepUnsent(op);
    } else {
      say("edit-status", `Not saved: ${error.message}`);
    }
  }
}

/** A person the register lacks: added, then chosen in the list, ready to mark the selection with. */
async function addPerson() {
  const name = $("new-person").value.trim();
  if (!name) {
    say("edit-status", "Type the person's name first.");
    return;
  }
  try {
    const added = await (await api("/persons", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name }) })).json();
    await loadDraft();
    $("person").value = added.id;
    $("new-person").value = "";
    say("edit-status", `${name} is in the register; select the words and press Person.`);
  } catch (error) {
    say("edit-status", `Not added: ${error.message}`);
  }
}

// ---- Conflicts and outages: the user's input is never lost ------------------------------------------------

function showConflict(op, problem) {
  state.pending = { op, etag: `"${problem.currentVersion}"` };
  say("edit-status", "Not saved yet: someone changed this paragraph first. Your change is kept below.");
  say("conflict-mine", op.label);
  say("conflict-current", problem.current || "");
  $("conflict").hidden = false;
  $("conflict-reapply").focus();
}

async function reapply() {
  const { op, etag } = state.pending;
  const current = new DOMParser().parseFromString($("conflict-current").textContent, "application/xml").documentElement;
  if (op.selected && current.textContent.substring(op.body.start, op.body.end) !== op.selected) {
    say("edit-status", `The words “${op.selected}” moved in the new version: select them again; your input is still in the toolbar.`);
    $("conflict").hidden = true;
    await openParagraph(op.id);
    return;
  }
  $("conflict").hidden = true;
  state.open.etag = etag;
  await apply(op);
}

function keepUnsent(op) {
  const kept = JSON.parse(localStorage.getItem(UNSENT) || "[]");
  kept.push(op);
  localStorage.setItem(UNSENT, JSON.stringify(kept));
  banner(`The server cannot be reached. Your change (${op.label}) is kept in this browser and will be offered again.`);
  offerUnsent();
}

function offerUnsent() {
  const kept = JSON.parse(localStorage.getItem(UNSENT) || "[]");
  if (!kept.length || !state.token) {
    return;
  }
  const bannerElement = $("banner");
  bannerElement.hidden = false;
  bannerElement.textContent = `${kept.length} change(s) typed while the server was away are kept in this browser. `;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Send them now";
  button.addEventListener("click", async () => {
    localStorage.removeItem(UNSENT);
    banner("");
    for (const op of kept) {
      await openParagraph(op.id);
      await apply(op);
    }
  });
  bannerElement.append(button);
}

// ---- Review, publication and history ------------------------------------------------------------------

function wordDiff(before, after) {
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = document.createElement("pre");
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.append(a[i]); i++; j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.append(Object.assign(document.createElement("ins"), { textContent: b[j++] }));
    } else {
      out.append(Object.assign(document.createElement("del"), { textContent: a[i++] }));
    }
  }
  return out;
}

async function showChange(rev, into) {
  const change = await (await api(`/changes/${rev}`)).json();
  into.replaceChildren(wordDiff(change.before, change.after));
}

function changeItem(change, actions) {
  const li = document.createElement("li");
  li.className = `status-${change.status}`;
  li.dataset.rev = change.revision;
  li.append(`${change.revision}. ${change.summary} — ${change.user}, ${change.status}`
    + (change.reviewer ? ` (${change.reviewer}: ${change.comment || "no comment"})` : ""));
  const detail = document.createElement("div");
  const show = Object.assign(document.createElement("button"), { type: "button", textContent: "Diff" });
  show.addEventListener("click", () => showChange(change.revision, detail));
  li.append(" ", show, ...actions(li, detail), detail);
  return li;
}

async function loadQueue() {
  $("review").hidden = !can("reviewer");
  if (!can("reviewer")) {
    return;
  }
  const page = await (await api("/history?status=pending&size=50")).json();
  $("queue").replaceChildren(...page.changes.map((change) => changeItem(change, () => {
    const comment = Object.assign(document.createElement("input"), { type: "text", placeholder: "Comment" });
    comment.setAttribute("aria-label", `Comment on change ${change.revision}`);
    const decide = (decision) => {
      const button = Object.assign(document.createElement("button"), { type: "button", textContent: decision });
      button.dataset.decision = decision;
      button.addEventListener("click", async () => {
        try {
          await api(`/changes/${change.revision}/${decision}`, { method: "POST", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ comment: comment.value }) });
          await refresh();
        } catch (error) {
          banner(`Change ${change.revision}: ${error.message}`);
        }
      });
      return button;
    };
    return [" ", comment, decide("accept"), decide("reject")];
  })));
}

async function publish() {
  try {
    const result = await (await api("/publish", { method: "POST" })).json();
    banner(`Revision ${result.revision} is published; ${result.pendingChanges} change(s) still await review.`);
  } catch (error) {
    banner(`Not published: ${error.message}`);
  }
}

async function loadHistory() {
  $("import").hidden = !state.roles.includes("admin");
  $("history").hidden = !can("reader");
  if (!can("reader")) {
    return;
  }
  const page = await (await api("/history?size=30")).json();
  $("changes").replaceChildren(...page.changes.map((change) => changeItem(change, () => {
    if (!can("editor")) {
      return [];
    }
    const revert = Object.assign(document.createElement("button"), { type: "button",
      textContent: `Revert to revision ${change.revision - 1}` });
    revert.addEventListener("click", async () => {
      await api(`/revert/${change.revision - 1}`, { method: "POST" });
      await refresh();
    });
    return [" ", revert];
  })));
}

// ---- Import (admins): a TEI document or a zip, with the validation report ----------------------------------

async function importTei() {
  const file = $("import-file").files[0];
  if (!file) {
    say("import-status", "Choose a TEI document or a zip first.");
    return;
  }
  const zip = file.name.toLowerCase().endsWith(".zip");
  const id = $("import-id").value.trim();
  say("import-status", `Importing ${file.name} (validating against TEI P5 and the project's rules) …`);
  $("import-report").replaceChildren();
  const headers = { "Content-Type": zip ? "application/zip" : "application/tei+xml",
    Authorization: `Bearer ${await freshToken()}` };
  const response = await fetch(`/api/editions${id ? `?id=${encodeURIComponent(id)}` : ""}`,
    { method: "POST", headers, body: await file.arrayBuffer() });
  const body = await response.json();
  const reports = Array.isArray(body) ? body : [];
  const messages = Array.isArray(body) ? body.flatMap((r) => r.messages) : [body.detail, ...(body.errors || [])];
  say("import-status", response.ok
    ? `Imported: ${reports.map((r) => `${r.edition}${r.flagged ? " (outside the project's conventions: flagged)" : ""}`).join(", ")}`
    : `Not imported (${response.status}): ${body.detail || ""}`);
  $("import-report").replaceChildren(...messages.filter(Boolean).map((m) => Object.assign(document.createElement("li"), { textContent: m })));
}

// ---- Live: others' changes, reviews and presence, as server-sent events read with fetch ----------------

const present = { list: [] };

async function announce(fragment, activity) {
  if (!state.token) {
    return;
  }
  try {
    await api("/presence", { method: "PUT", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ fragment, activity }) });
  } catch (e) {
    // presence is a courtesy; an outage shows elsewhere
  }
}

function markPresence() {
  document.querySelectorAll("#reading p[data-busy]").forEach((p) => p.removeAttribute("data-busy"));
  for (const here of present.list) {
    if (here.user === (state.user && state.user.account)) {
      continue;
    }
    const p = here.fragment && document.getElementById(here.fragment);
    if (p) {
      p.dataset.busy = here.name;
    }
  }
  $("presence").replaceChildren(...present.list.map((here) => Object.assign(document.createElement("li"), {
    textContent: `${here.name} is ${here.activity} ${here.fragment || "the edition"}` })));
}

let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 150);
}

async function listen() {
  if (!state.token) {
    return;
  }
  for (;;) {
    try {
      const response = await api("/events", { headers: { Accept: "text/event-stream" } });
      if (state.outage) {
        state.outage = false;
        banner("");
      }
      offerUnsent();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = (block.match(/^event:\s*(.*)$/m) || [])[1] || "message";
          const data = JSON.parse((block.match(/^data:\s*(.*)$/m) || [])[1] || "null");
          if (name === "presence" || name === "hello") {
            present.list = data.present || [];
            markPresence();
          } else {
            refreshSoon();
          }
        }
      }
    } catch (e) {
      state.outage = true;
      banner("The server cannot be reached; trying again. Work you do meanwhile is kept in this browser.");
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

// ---- Downloads, with progress for the slow ones ---------------------------------------------------------

async function download(kind) {
  const draft = can("reader") ? "text=draft" : "text=published";
  const path = { tei: `/tei?${draft}`, html: `/html?view=reading&${draft}`, pdf: `/pdf?${draft}` }[kind];
  say("progress", kind === "pdf" ? "Making the PDF …" : `Preparing the ${kind.toUpperCase()} …`);
  try {
    const blob = await (await api(path)).blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${state.config.edition}.${kind === "tei" ? "xml" : kind}`;
    link.click();
    say("progress", "");
  } catch (error) {
    say("progress", `The ${kind} could not be made: ${error.message}`);
  }
}

// ---- Start -------------------------------------------------------------------------------------------------

async function refresh() {
  await Promise.all([loadReading(), loadDraft(), loadQueue(), loadHistory()]);
}

function toggleEditor() {
  const on = $("toggle-editor").getAttribute("aria-pressed") !== "true";
  document.body.classList.toggle("trotsky-only", on);
  $("toggle-editor").setAttribute("aria-pressed", String(on));
  $("toggle-editor").textContent = on ? "Show the editor's words" : "Show Trotsky only";
}

function wire() {
  $("login").addEventListener("click", login);
  // Enabled only now, so that a click before the script is ready is not lost.
  $("login").disabled = false;
  $("logout").addEventListener("click", logout);
  $("toggle-editor").addEventListener("click", toggleEditor);
  $("publish").addEventListener("click", publish);
  $("filter-status").addEventListener("change", renderApparatus);
  $("filter-hand").addEventListener("change", renderApparatus);
  $("close-editing").addEventListener("click", () => {
    $("editing").hidden = true;
    announce(null, "viewing");
    state.open = null;
  });
  $("conflict-reapply").addEventListener("click", reapply);
  $("add-person").addEventListener("click", addPerson);
  $("import-start").addEventListener("click", importTei);
  $("conflict-discard").addEventListener("click", () => { $("conflict").hidden = true; state.pending = null; });
  document.querySelectorAll("[data-op]").forEach((b) => b.addEventListener("click", () => apply(operation(b.dataset.op))));
  document.querySelectorAll("[data-download]").forEach((b) => b.addEventListener("click", () => download(b.dataset.download)));
  $("reading").addEventListener("click", (event) => {
    const p = event.target.closest("p[id]");
    if (p && can("editor")) {
      openParagraph(p.id);
    }
  });
  $("reading").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("p[id]") && can("editor")) {
      openParagraph(event.target.id);
    }
  });
  $("view").addEventListener("change", loadReading);
  document.addEventListener("keydown", (event) => {
    const keys = { c: "correction", m: "hand-CM", t: "hand-LT", q: "quotation", p: "person", n: "note" };
    if (event.altKey && keys[event.key] && state.open) {
      event.preventDefault();
      apply(operation(keys[event.key]));
    }
  });
  setInterval(() => state.open && announce(state.open.id, "editing"), 20000);
}

async function start() {
  state.config = await (await fetch("/editor/config.json")).json();
  wire();
  try {
    await finishLogin();
  } catch (error) {
    banner(error.message);
  }
  if (state.token) {
    say("whoami", `${state.user.name} (${state.roles.join(", ")})`);
    $("login").hidden = true;
    $("logout").hidden = false;
  }
  await refresh();
  announce(null, "viewing");
  listen();
}

start();
