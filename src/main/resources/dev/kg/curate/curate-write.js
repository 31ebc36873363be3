// kg curate: writing. A fact from the selected words, a quote added to a fact, a passage set aside, a new entity.
// The server inserts only the new item into the YAML file, checks it as kg validate does, and writes nothing
// when it finds a problem (unless a draft is asked for); the problems are shown at their fields.
"use strict";
const FORMS = ["fact-form", "evidence-form", "aside-form", "entity-form", "start-form"];

function closeForms() {
  FORMS.forEach((id) => ($(id).hidden = true));
}

/** Shows one form; the fact form stays open beside the new-entity form it asked for. */
function showForm(id) {
  FORMS.forEach((f) => {
    if (f !== id && !(id === "entity-form" && f === "fact-form")) $(f).hidden = true;
  });
  $(id).hidden = false;
  clearProblems($(id));
}

function clearProblems(form) {
  form.querySelectorAll(".problem").forEach((p) => (p.textContent = ""));
  form.querySelectorAll(".result").forEach((r) => r.replaceChildren());
}

function startFact() {
  // A second selection while the form is open is one more quote; after a save, the next fact starts afresh.
  const form = $("fact-form");
  const quotes = $("f-evidence").value.trim();
  const adding = quotes && !form.hidden && !form.dataset.saved;
  if (form.dataset.saved) {
    $("f-id").value = "";
    form.querySelectorAll("#f-qualifiers [data-key]").forEach((i) => (i.value = ""));
  }
  delete form.dataset.saved;
  showForm("fact-form");
  $("f-evidence").value = adding ? quotes + "\n" + KG.selection : KG.selection;
  updateRelations();
  $("f-subject").focus();
}

function startEvidence() {
  showForm("evidence-form");
  $("e-fact").replaceChildren(...KG.view.facts.map((f) => el("option", { value: f.id }, f.id)));
  $("e-fact").focus();
}

function startAside() {
  showForm("aside-form");
  $("a-passage").value = KG.selection;
  $("a-reason").replaceChildren(...KG.schema.reasons.map((r) => el("option", { value: r }, r)));
  $("a-reason").focus();
}

/** Relations whose domain and range fit the chosen entities; their qualifiers as fields. */
function updateRelations() {
  const subject = resolve($("f-subject").value);
  const object = resolve($("f-object").value);
  const fits = (entity, cls) => !entity || !cls || (KG.schema.types[entity.type] || []).includes(cls);
  const relations = KG.schema.relations.filter((r) => fits(subject, r.domain) && (!r.linksEntities || fits(object, r.range)));
  const select = $("f-relation");
  const before = select.value;
  select.replaceChildren(el("option", { value: "" }, "— relation —"), ...relations.map((r) =>
    el("option", { value: r.name }, r.name + (r.linksEntities ? " (" + (r.domain || "any") + " → " + (r.range || "any") + ")" : " (a figure)"))));
  if (relations.some((r) => r.name === before)) select.value = before;
  updateQualifiers();
}

function updateQualifiers() {
  const relation = KG.schema.relations.find((r) => r.name === $("f-relation").value);
  $("object-label").hidden = relation ? !relation.linksEntities : false;
  const box = $("f-qualifiers");
  const kept = Object.fromEntries([...box.querySelectorAll("[data-key]")].map((i) => [i.dataset.key, i.value]));
  const fields = (relation ? relation.qualifiers : []).map((key) => {
    let input;
    if (key === "status") {
      input = el("select", {}, el("option", { value: "" }, "reported (default)"), ...KG.schema.statuses.map((s) => el("option", { value: s }, s)));
    } else if (key === "interim") {
      input = el("select", {}, el("option", { value: "" }, "—"), el("option", { value: "true" }, "true"), el("option", { value: "false" }, "false"));
    } else {
      input = el("input", { list: key === "attributedTo" ? "entity-names" : "", placeholder: PLACEHOLDERS[key] || "" });
    }
    input.id = "f-q-" + key;
    input.dataset.key = key;
    input.value = kept[key] || "";
    return el("div", {}, el("label", {}, key, input), el("div", { class: "problem", "data-field": key }));
  });
  box.replaceChildren(...fields);
}

const PLACEHOLDERS = { amount: "10 billion USD, over 10 billion USD, 14-25 billion USD", stake: "49%",
  valuation: "about 29 billion USD", date: "2025, 2025-06 or 2025-06-12", attributedTo: "who the article credits, e.g. Reuters" };

/** Each entity field says which entity it names, or offers to add a new one. */
function showResolved(input) {
  const box = document.querySelector('.resolved[data-for="' + input.id + '"]');
  if (!box) return;
  const text = input.value.trim();
  const entity = resolve(text);
  box.className = "resolved" + (entity || !text ? "" : " unknown");
  box.replaceChildren(entity ? "→ " + entity.en + " (" + entity.id + "), " + entity.type : text ? "unknown entity " : "");
  if (!entity && text) {
    const add = el("button", { type: "button", class: "new-entity" }, "New entity “" + text + "”…");
    add.addEventListener("click", () => startEntity(text, input));
    box.append(add);
  }
}

function startEntity(name, input) {
  showForm("entity-form");
  $("entity-form").dataset.for = input.id;
  $("n-id").value = name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  $("n-type").replaceChildren(...Object.keys(KG.schema.types).map((t) => el("option", { value: t }, t)));
  $("n-en").value = name;
  $("n-it").value = name;
  $("n-aliases").value = "";
  $("n-type").focus();
}

/** The entity id an input names, or its text as typed (the check then says what is wrong, at the field). */
const idOf = (text) => (resolve(text) ? resolve(text).id : text.trim());

function showOutcome(form, answer, resultId, what) {
  clearProblems(form);
  const result = $(resultId);
  for (const p of answer.problems) {
    const place = p.field && form.querySelector('.problem[data-field="' + p.field + '"]');
    const line = p.file + ":" + p.line + ":" + p.column + ": " + p.what + (p.fix ? " — " + p.fix : "") + " [" + p.code + "]";
    (place || result).append(el("div", { class: "bad", "data-code": p.code }, line));
  }
  result.append(el("div", { class: answer.written && !answer.draft ? "good" : "bad" }, answer.written
    ? (answer.draft ? "Kept as a draft: " : "Saved: ") + what + " at line " + answer.firstLine + "."
    : "Nothing was written: " + answer.problems.length + (answer.problems.length === 1 ? " problem." : " problems.")));
}

$("fact-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const qualifiers = {};
  let attributedTo = [];
  $("f-qualifiers").querySelectorAll("[data-key]").forEach((i) => {
    if (i.dataset.key === "attributedTo") attributedTo = i.value.split(",").map(idOf).filter((s) => s);
    else if (i.value.trim()) qualifiers[i.dataset.key] = i.value.trim();
  });
  const fact = { id: $("f-id").value.trim(), subject: idOf($("f-subject").value), relation: $("f-relation").value,
    object: $("object-label").hidden ? "" : idOf($("f-object").value), qualifiers, attributedTo,
    evidence: $("f-evidence").value.split("\n").filter((q) => q.trim()) };
  const answer = await call("POST", "/api/fact", { mapping: KG.view.mapping, fact, draft: $("f-draft").checked });
  if (answer.written) await afterWrite($("fact-form"));
  showOutcome($("fact-form"), answer, "f-result", "the fact");
});

$("evidence-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const answer = await call("POST", "/api/evidence", { mapping: KG.view.mapping, fact: $("e-fact").value, quote: KG.selection });
  if (answer.written) await afterWrite($("evidence-form"));
  showOutcome($("evidence-form"), answer, "e-result", "the quote");
});

$("aside-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const answer = await call("POST", "/api/unmapped", { mapping: KG.view.mapping, passage: $("a-passage").value,
    reason: $("a-reason").value, note: $("a-note").value });
  if (answer.written) await afterWrite($("aside-form"));
  showOutcome($("aside-form"), answer, "a-result", "the passage");
});

$("entity-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const answer = await call("POST", "/api/entity", { id: $("n-id").value, type: $("n-type").value, en: $("n-en").value,
    it: $("n-it").value, aliases: $("n-aliases").value.split(",").map((a) => a.trim()).filter((a) => a) });
  showOutcome($("entity-form"), answer, "n-result", "the entity");
  if (answer.written) {
    await loadSchema();
    const input = $($("entity-form").dataset.for);
    input.value = $("n-id").value;
    $("entity-form").hidden = true;
    $("fact-form").hidden = false;
    showResolved(input);
    updateRelations();
    input.focus();
  }
});

/** An article without a mapping file: the form that starts one. */
function startMapping(articleFile) {
  showForm("start-form");
  $("start-form").dataset.article = articleFile;
  $("s-article").textContent = articleFile;
  $("s-language").focus();
}

$("start-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const answer = await call("POST", "/api/start", { article: $("start-form").dataset.article, language: $("s-language").value });
  showOutcome($("start-form"), answer, "s-result", "the mapping file " + answer.mapping);
  if (answer.written) {
    $("start-form").hidden = true;
    await loadArticles(answer.mapping);
  }
});

/**
 * After a write the article is read again (coverage colours and problems follow the file) before the outcome is
 * shown, so that a selection made after "Saved" is not cleared by the reload.
 */
async function afterWrite(form) {
  form.dataset.saved = "yes";
  await openArticle(KG.view.mapping);
}

["f-subject", "f-object"].forEach((id) => $(id).addEventListener("input", () => { showResolved($(id)); updateRelations(); }));
$("f-relation").addEventListener("change", updateQualifiers);
document.querySelectorAll("form .cancel").forEach((b) => b.addEventListener("click", closeForms));
$("new-fact").addEventListener("click", startFact);
$("add-evidence").addEventListener("click", startEvidence);
$("set-aside").addEventListener("click", startAside);
