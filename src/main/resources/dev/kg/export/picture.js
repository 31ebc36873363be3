// Any script error is counted on the page, where a test (or a curious reader) can see it.
window.addEventListener('error', () => { document.body.dataset.errors = String(Number(document.body.dataset.errors) + 1); });

const elements = [];
for (const n of KG.nodes) {
  elements.push({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type, colour: n.colour }, position: { x: n.x, y: n.y } });
}
KG.edges.forEach((e, i) => {
  elements.push({ group: 'edges', data: { id: 'e' + i, source: e.from, target: e.to, label: e.relation, index: i } });
});

const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: elements,
  style: [
    { selector: 'node', style: { 'label': 'data(label)', 'background-color': 'data(colour)', 'shape': 'round-rectangle',
        'width': 120, 'height': 36, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'center', 'font-size': 12,
        'border-width': 1, 'border-color': '#777' } },
    { selector: 'edge', style: { 'label': 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'width': 1.5, 'line-color': '#999', 'target-arrow-color': '#999', 'font-size': 10, 'color': '#555',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000', 'line-color': '#000', 'target-arrow-color': '#000' } }
  ],
  layout: { name: 'cose', randomize: false, animate: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: 180,
    nodeRepulsion: 1200000, nodeOverlap: 40, componentSpacing: 120, padding: 20, numIter: 2500 }
});

const legend = document.getElementById('legend');
[...new Map(KG.nodes.map(n => [n.type, n.colour])).entries()].sort().forEach(([type, colour]) => {
  const item = document.createElement('span');
  const swatch = document.createElement('i');
  swatch.style.background = colour;
  item.append(swatch, type);
  legend.append(item);
});

function count() {
  document.body.dataset.nodes = String(cy.nodes(':visible').length);
  document.body.dataset.edges = String(cy.edges(':visible').length);
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
  const edge = KG.edges[evt.target.data('index')];
  show(edge.claims[0].subject + ' ' + edge.relation + ' ' + edge.claims[0].object, edge.claims, document.getElementById('article').value);
});

function filter(article) {
  cy.batch(() => {
    cy.elements().style('display', 'element');
    if (article) {
      cy.edges().forEach(e => { if (!KG.edges[e.data('index')].articles.includes(article)) e.style('display', 'none'); });
      cy.nodes().forEach(n => {
        const node = KG.nodes.find(x => x.id === n.id());
        if (!node.facts.some(f => f.article === article)) n.style('display', 'none');
      });
    }
  });
  count();
}
document.getElementById('article').addEventListener('change', evt => filter(evt.target.value));

function showEntity(id) {
  const node = KG.nodes.find(n => n.id === id);
  if (node) {
    cy.$id(id).select();
    show(node.label + ' (' + node.type + ')', node.facts, document.getElementById('article').value);
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
