// Any script error is counted on the page, where a test (or a curious reader) can see it.
window.addEventListener('error', () => { document.body.dataset.errors = String(Number(document.body.dataset.errors) + 1); });

const CAPTION = '.caption';
// The legend first: the header's height is then final when Cytoscape measures the space left for the graph.
const legend = document.getElementById('legend');
[...new Map(KG.nodes.map(n => [n.type, n.colour])).entries()].sort().forEach(([type, colour]) => {
  const item = document.createElement('span');
  const swatch = document.createElement('i');
  swatch.style.background = colour;
  item.append(swatch, type);
  legend.append(item);
});

const elements = [];
for (const n of KG.nodes) {
  elements.push({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type, colour: n.colour }, position: { x: n.x, y: n.y } });
}
KG.edges.forEach((e, i) => {
  elements.push({ group: 'edges', data: { id: 'e' + i, source: e.from, target: e.to, label: e.relation, index: i } });
});
// A claim credited to a source: a dashed edge from the claim's subject to the source.
KG.attributions.forEach((a, i) => {
  elements.push({ group: 'edges', data: { id: 'a' + i, source: a.from, target: a.to, label: 'according to', attribution: i },
    classes: 'attribution' });
});

const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: elements,
  maxZoom: 1.6,
  style: [
    { selector: 'node', style: { 'label': 'data(label)', 'background-color': 'data(colour)', 'shape': 'round-rectangle',
        'width': 'label', 'height': 'label', 'padding': '5px', 'text-wrap': 'wrap', 'text-max-width': 120,
        'text-valign': 'center', 'text-halign': 'center', 'font-size': 12, 'border-width': 1, 'border-color': '#777' } },
    { selector: CAPTION, style: { 'background-opacity': 0, 'border-width': 0, 'font-style': 'italic', 'color': '#555',
        'events': 'no' } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5,
        'line-color': '#999', 'target-arrow-color': '#999', 'font-size': 11, 'color': '#333', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': '1px' } },
    { selector: 'edge.attribution', style: { 'line-style': 'dashed', 'line-color': '#bbb', 'target-arrow-color': '#bbb' } },
    // Relations are labelled when one of their ends, or the relation itself, is selected: all at once would overlap.
    { selector: 'edge.labelled', style: { 'label': 'data(label)', 'z-index': 10 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000', 'line-color': '#000', 'target-arrow-color': '#000' } }
  ]
});

// The linked entities are laid out together, then pushed apart until no two overlap; the others wait in a row below.
const unlinked = cy.nodes().filter(n => n.degree(false) === 0);
cy.elements().not(unlinked).layout({ name: 'cose', randomize: false, animate: false, fit: false,
  nodeDimensionsIncludeLabels: true, idealEdgeLength: 60, nodeRepulsion: 2048, nodeOverlap: 10, gravity: 1,
  componentSpacing: 60, padding: 10, numIter: 2500 }).run();
widen(cy.nodes().not(unlinked), cy.width() / Math.max(cy.height() - 60, 1));
separate(cy.nodes().not(unlinked), 6);
placeRow(unlinked);
cy.fit(undefined, 12);

/** Stretches the layout to the canvas's shape (wider than high, usually), so that it fills the canvas at a readable zoom. */
function widen(nodes, aspect) {
  const box = nodes.boundingBox();
  const cx = (box.x1 + box.x2) / 2, cy0 = (box.y1 + box.y2) / 2;
  const k = Math.sqrt(aspect / (box.w / Math.max(box.h, 1)));
  nodes.forEach(n => n.position({ x: cx + (n.position('x') - cx) * k, y: cy0 + (n.position('y') - cy0) / k }));
}

/** Moves overlapping nodes apart along the axis where they overlap least, until none overlap (or enough rounds). */
function separate(nodes, gap) {
  const list = nodes.toArray();
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i].boundingBox(), b = list[j].boundingBox();
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (dx > 0 && dy > 0) {
          moved = true;
          const p = list[i].position(), q = list[j].position();
          const axis = dx < dy ? 'x' : 'y';
          const shift = (p[axis] <= q[axis] ? -1 : 1) * (axis === 'x' ? dx : dy) / 2;
          list[i].position(axis, p[axis] + shift);
          list[j].position(axis, q[axis] - shift);
        }
      }
    }
    if (!moved) {
      return;
    }
  }
}

/** The entities no edge reaches, in rows under the graph, after a caption that says why they are there. */
function placeRow(nodes) {
  if (nodes.empty()) {
    return;
  }
  const box = cy.nodes().not(nodes).boundingBox();
  const caption = cy.add({ group: 'nodes', data: { id: '(unlinked)', label: 'Linked by no relation:', colour: '#fff' },
    classes: 'caption', position: { x: 0, y: 0 } });
  let x = box.x1;
  let y = box.y2 + 40;
  for (const n of [caption, ...nodes.toArray()]) {
    const w = n.outerWidth();
    if (x + w > Math.max(box.x2, box.x1 + 600) && x > box.x1) {
      x = box.x1;
      y += 40;
    }
    n.position({ x: x + w / 2, y: y });
    x += w + 12;
  }
}

function count() {
  document.body.dataset.nodes = String(cy.nodes(':visible').not(CAPTION).length);
  document.body.dataset.edges = String(cy.edges(':visible').not('.attribution').length);
}

function show(title, facts, article) {
  const details = document.getElementById('details');
  details.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = title;
  details.append(h);
  for (const f of facts.filter(f => !article || f.article === article)) {
    const div = document.createElement('div');
    div.className = 'fact';
    const what = document.createElement('div');
    what.textContent = [f.subject, f.relation, f.object].filter(x => x).join(' ')
        + (f.qualifiers.length ? ' (' + f.qualifiers.join(', ') + ')' : '');
    const where = document.createElement('div');
    where.className = 'article';
    where.textContent = f.article;
    div.append(what, where);
    for (const quote of f.evidence) {
      const q = document.createElement('blockquote');
      q.textContent = '“' + quote + '”';
      div.append(q);
    }
    details.append(div);
  }
}

cy.on('tap', 'node', evt => showEntity(evt.target.id()));
cy.on('tap', 'edge', evt => {
  const edge = evt.target;
  cy.edges().removeClass('labelled');
  edge.addClass('labelled');
  const article = document.getElementById('article').value;
  if (edge.hasClass('attribution')) {
    const a = KG.attributions[edge.data('attribution')];
    show(edge.source().data('label') + ', according to ' + edge.target().data('label'), a.claims, article);
  } else {
    const e = KG.edges[edge.data('index')];
    show(e.claims[0].subject + ' ' + e.relation + ' ' + e.claims[0].object, e.claims, article);
  }
});

function filter(article) {
  cy.batch(() => {
    cy.elements().style('display', 'element');
    if (article) {
      cy.edges().forEach(e => {
        const drawn = e.hasClass('attribution') ? KG.attributions[e.data('attribution')] : KG.edges[e.data('index')];
        if (!drawn.articles.includes(article)) e.style('display', 'none');
      });
      cy.nodes().not(CAPTION).forEach(n => {
        const node = KG.nodes.find(x => x.id === n.id());
        if (!node.facts.some(f => f.article === article)) n.style('display', 'none');
      });
      if (!unlinked.some(n => n.visible())) cy.nodes(CAPTION).style('display', 'none');
    }
  });
  count();
}
document.getElementById('article').addEventListener('change', evt => filter(evt.target.value));

function showEntity(id) {
  const node = KG.nodes.find(n => n.id === id);
  if (node) {
    cy.elements().unselect();
    cy.edges().removeClass('labelled');
    cy.$id(id).select().connectedEdges().addClass('labelled');
    show(node.label + ' (' + node.type + ')', node.facts, document.getElementById('article').value);
    if (!node.facts.length) {
      const p = document.createElement('p');
      p.textContent = 'No fact names it: it is declared in entities.yaml only.';
      document.getElementById('details').append(p);
    }
  }
}

// A link can open the page on an article and an entity: graph.html#article=002_cf741e01a53c0ac0&entity=scale-ai
const wanted = new URLSearchParams(location.hash.slice(1));
if (wanted.get('article') && KG.articles.includes(wanted.get('article'))) {
  document.getElementById('article').value = wanted.get('article');
  filter(wanted.get('article'));
}
if (wanted.get('entity')) {
  showEntity(wanted.get('entity'));
}
count();
document.body.dataset.ready = 'yes';
