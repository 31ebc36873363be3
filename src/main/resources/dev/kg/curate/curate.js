// kg curate: reading an article. The text with its sentences coloured by coverage, the facts citing a sentence,
// the problems kg validate finds with links to their place, the selection, the build and what the graph says.
"use strict";
const $ = (id) => document.getElementById(id);
const KG = { schema: null, view: null, selection: "", names: new Map() };

async function call(method, path, body) {
  const options = { method, headers: {} };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const answer = await (await fetch(path, options)).json();
  if (answer.error) {
    status("kg curate: " + answer.error.message + " [" + answer.error.code + "]", true);
    throw new Error(answer.error.message);
  }
  return answer;
}

function status(text, bad) {
  $("status").textContent = text;
  $("status").className = bad ? "bad" : "";
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === "class" ? (e.className = v) : e.setAttribute(k, v)));
  children.forEach((c) => e.append(c));
  return e;
}

async function loadSchema() {
  KG.schema = await call("GET", "/api/schema");
  KG.names = new Map();
  const list = $("entity-names");
  list.replaceChildren();
  for (const e of KG.schema.entities) {
    for (const name of [e.id, e.en, e.it, ...e.aliases]) {
      KG.names.set(name.toLowerCase(), e);
      if (name !== e.id) list.append(el("option", { value: name, label: e.id + " · " + e.type }));
    }
  }
}

/** The entity an input names by id, label or alias (case ignored), or undefined. */
function resolve(text) {
  return KG.names.get(text.trim().toLowerCase());
}

async function loadArticles(wanted) {
  const { articles, unmapped } = await call("GET", "/api/articles");
  const select = $("article");
  select.replaceChildren(...articles.map((a) => el("option", { value: a.mapping }, a.mapping + " — " + a.title)));
  if (unmapped.length) {
    select.append(el("optgroup", { label: "Not mapped yet" }, ...unmapped.map((t) => el("option", { value: "start:" + t }, t))));
  }
  wanted = wanted || new URLSearchParams(location.hash.slice(1)).get("article");
  if (wanted && articles.some((a) => a.mapping === wanted)) select.value = wanted;
  await openArticle(select.value);
}

async function openArticle(mapping) {
  if (!mapping) return;
  if (mapping.startsWith("start:")) return startMapping(mapping.slice("start:".length));
  const view = await call("GET", "/api/article?mapping=" + encodeURIComponent(mapping));
  KG.view = view;
  history.replaceState(null, "", "#article=" + encodeURIComponent(mapping));
  $("title").textContent = (view.title || mapping) + (view.draft ? " (draft)" : "");
  renderText(view);
  renderProblems(view.problems);
  $("picture-link").href = "/picture#article=" + encodeURIComponent(view.id || "");
  $("sentence-box").hidden = true;
  setSelection("");
}

function renderText(view) {
  const text = view.text;
  const parts = [];
  let at = 0;
  (view.sentences || []).forEach((s, i) => {
    if (s.start > at) parts.push(document.createTextNode(text.slice(at, s.start)));
    const span = el("span", { class: "s " + s.state, tabindex: "0", "data-i": String(i),
      title: s.state + (s.reason ? " (" + s.reason + ")" : "") + " · line " + s.line }, text.slice(s.start, s.end));
    parts.push(span);
    at = Math.max(at, s.end);
  });
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  $("text").replaceChildren(...parts);
  underlineMentions(view);
  const count = (state) => (view.sentences || []).filter((s) => s.state === state).length;
  $("coverage").textContent = (view.sentences || []).length + " sentences: " + count("cited") + " cited, "
    + count("set-aside") + " set aside, " + count("to-map") + " to map";
}

/** Mentions not yet accounted for (from the claim-level coverage, when the server sends them) are underlined. */
function underlineMentions(view) {
  for (const m of view.mentions || []) {
    document.querySelectorAll("#text .s").forEach((span) => {
      const s = view.sentences[span.dataset.i];
      if (m.start >= s.start && m.end <= s.end) span.classList.add("mention");
    });
  }
}

function renderProblems(problems) {
  $("problem-count").textContent = "(" + problems.length + ")";
  $("problems").replaceChildren(...problems.map((p) => {
    const b = el("button", { type: "button", "data-code": p.code }, p.file + ":" + p.line + ":" + p.column + ": "
      + p.what + (p.fix ? " — " + p.fix : "") + " [" + p.code + "]");
    b.addEventListener("click", () => p.file === KG.view.mapping && goToLine(p.line));
    return el("li", {}, b);
  }));
}

/** The fact or passage written at a line of the mapping file: its sentences are shown and flashed. */
function goToLine(line) {
  const view = KG.view;
  const items = [...(view.facts || []).map((f) => ({ line: f.line, fact: f })),
    ...(view.unmapped || []).map((u) => ({ line: u.line, passage: u }))].filter((i) => i.line <= line)
    .sort((a, b) => b.line - a.line);
  if (!items.length) return;
  const item = items[0];
  const spans = [...document.querySelectorAll("#text .s")].filter((span) => {
    const s = view.sentences[span.dataset.i];
    return item.fact ? s.facts.includes(item.fact.id) : false;
  });
  if (item.fact) showFacts([item.fact]);
  spans.forEach((s) => s.classList.add("flash"));
  setTimeout(() => spans.forEach((s) => s.classList.remove("flash")), 1500);
  if (spans.length) spans[0].scrollIntoView({ block: "center" });
}

function showFacts(facts) {
  $("sentence-box").hidden = false;
  $("sentence-facts").replaceChildren(...(facts.length ? facts.map((f) => el("div", { class: "fact" },
    el("div", {}, f.id + ": " + f.subject + " " + f.relation + " " + (f.object || f.amount)
      + (f.status && f.status !== "reported" ? " · " + f.status : "") + (f.attributedTo ? " · according to " + f.attributedTo : "")),
    ...f.evidence.map((q) => el("blockquote", {}, "“" + q + "”")))) : [el("p", {}, "No fact cites it.")]));
}

function sentenceClicked(span) {
  const s = KG.view.sentences[span.dataset.i];
  showFacts(KG.view.facts.filter((f) => s.facts.includes(f.id)));
}

function setSelection(text) {
  KG.selection = text;
  $("selection").textContent = text ? "Selected: “" + text + "”" : "No words selected.";
  ["new-fact", "add-evidence", "set-aside"].forEach((id) => ($(id).disabled = !text));
}

document.addEventListener("selectionchange", () => {
  const sel = window.getSelection();
  if (sel.rangeCount && !sel.isCollapsed && $("text").contains(sel.anchorNode) && $("text").contains(sel.focusNode)) {
    setSelection(sel.toString());
  }
});

$("text").addEventListener("click", (e) => {
  if (e.target.classList.contains("s") && window.getSelection().isCollapsed) sentenceClicked(e.target);
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") return closeForms();
  // Enter in a form's menu saves the form, as it does in its text fields.
  const active = document.activeElement;
  if (e.key === "Enter" && active.tagName === "SELECT" && active.form && active.form.id !== "describe-form") {
    e.preventDefault();
    return active.form.requestSubmit();
  }
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  const focused = document.activeElement.classList.contains("s") ? document.activeElement : null;
  if (focused && e.key === "Enter") return sentenceClicked(focused);
  // A sentence that has the focus and no selection is taken whole.
  if (focused && !KG.selection && "nes".includes(e.key)) setSelection(focused.textContent.trim());
  const actions = { n: startFact, e: startEvidence, s: startAside, b: build };
  if (actions[e.key] && (e.key === "b" || KG.selection)) {
    e.preventDefault();
    actions[e.key]();
  }
});

async function build() {
  status("building…");
  const answer = await call("POST", "/api/build", {});
  if (answer.ok) {
    status(answer.summary);
    $("picture").hidden = false;
    $("picture").src = "/picture?built=" + Date.now() + "#article=" + encodeURIComponent(KG.view.id || "");
  } else {
    status("the build found " + answer.problems.length + " problems; nothing was written", true);
    renderProblems(answer.problems);
  }
  const subject = resolve($("f-subject").value);
  if (subject && !$("d-entity").value) $("d-entity").value = subject.id;
  if ($("d-entity").value) await describe($("d-entity").value);
}

async function describe(name) {
  const d = await call("GET", "/api/describe?entity=" + encodeURIComponent(name));
  const lines = [d.labels.length ? d.labels[0].replace(/ \(\w+\)$/, "") + " (" + d.id + "), " + d.type : d.id];
  for (const g of d.groups) {
    lines.push("", g.incoming ? "← " + g.relation + " (as object)" : g.relation);
    for (const f of g.facts) {
      const q = f.qualifiers.join(", ");
      lines.push("  " + (f.party ? (q ? f.party + " — " + q : f.party) : q) + "  [" + f.article + "]");
      f.evidence.forEach((e) => lines.push("      \"" + e + "\""));
    }
  }
  $("describe").textContent = lines.join("\n");
}

$("describe-form").addEventListener("submit", (e) => { e.preventDefault(); describe($("d-entity").value); });
$("build").addEventListener("click", build);
$("article").addEventListener("change", (e) => openArticle(e.target.value));
window.addEventListener("load", async () => {
  await loadSchema();
  await loadArticles();
  document.body.dataset.ready = "yes";
});
