// The page's only script: it turns each table's JSON block into rows and makes them sortable
// and filterable. Plain ES2020 in a string, because the page runs it as is (no bundler, no
// network). Cells are written with textContent only, so no data is ever parsed as markup.
// PAGE rows are drawn at a time, the rest a "show more" click away: at 50,000 findings the
// browser's table layout, not the script, is what costs (about 0.3 s per 500 rows on a slow
// 2-core machine, over a second per 2,000), so a sort or filter redraws one page only.
export const REPORT_SCRIPT = String.raw`(() => {
  'use strict';
  const PAGE = 500;
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const group = (text) => text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const count = (n) => group(String(n));
  const usd = (cents) => '$' + group((cents / 100).toFixed(2));

  function ipv4(text) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
    if (!m) return NaN;
    let n = 0;
    for (let i = 1; i <= 4; i++) {
      const octet = Number(m[i]);
      if (octet > 255) return NaN;
      n = n * 256 + octet;
    }
    return n;
  }

  function setUp(section) {
    const table = section.querySelector('table');
    const tbody = table.tBodies[0];
    const headers = Array.from(table.tHead.rows[0].cells);
    const kinds = headers.map((th) => th.dataset.kind);
    const badges = headers.map((th) => th.hasAttribute('data-badge'));
    // Prose wraps within bounds; commands are set in monospace.
    const classes = headers.map((th) =>
      ['wrap', 'code'].filter((name) => th.hasAttribute('data-' + name)).join(' '),
    );
    // Each cell carries its column's name: on a narrow screen a row is shown as a card of
    // "name: value" lines (reportStyle.ts).
    const labels = headers.map((th) => th.textContent.trim());
    const width = headers.length;
    const data = JSON.parse(section.querySelector('script[type="application/json"]').textContent);
    const cells = data.cells;
    const strings = data.strings;
    const total = cells.length / width;
    const filter = section.querySelector('[data-filter]');
    const selects = Array.from(section.querySelectorAll('select[data-column]'));
    const counter = section.querySelector('[data-count]');
    const sum = section.querySelector('[data-sum]');
    const more = section.querySelector('[data-more]');
    const moreText = more.querySelector('[data-more-text]');
    const moreButton = more.querySelector('button');
    const usdColumn = kinds.indexOf('usd');
    const keys = [];
    let lower = null;
    let sortColumn = -1;
    let direction = 1;
    let shown = PAGE;
    let rows = [];
    let timer = 0;

    // Each column's rows ranked once, by sorting only the distinct values it holds, so a sort
    // of 50,000 rows compares integers.
    function keyOf(column) {
      if (keys[column]) return keys[column];
      const key = new Float64Array(total);
      if (kinds[column] === 'usd') {
        for (let r = 0; r < total; r++) key[r] = cells[r * width + column];
      } else {
        const used = new Uint8Array(strings.length);
        const values = [];
        for (let r = 0; r < total; r++) {
          const s = cells[r * width + column];
          if (!used[s]) {
            used[s] = 1;
            values.push(s);
          }
        }
        if (kinds[column] === 'address') {
          const number = new Map(values.map((s) => [s, ipv4(strings[s])]));
          values.sort((a, b) => {
            const x = number.get(a);
            const y = number.get(b);
            if (!isNaN(x) && !isNaN(y)) return x - y;
            if (!isNaN(x)) return -1;
            if (!isNaN(y)) return 1;
            return collator.compare(strings[a], strings[b]);
          });
        } else {
          // A declared order (suspicion: HIGH first) wins; anything it does not name goes last.
          const declared = (headers[column].dataset.order || '').split(' ').filter(Boolean);
          const place = (s) => {
            const i = declared.indexOf(strings[s]);
            return i < 0 ? declared.length : i;
          };
          values.sort((a, b) => place(a) - place(b) || collator.compare(strings[a], strings[b]));
        }
        const rank = new Int32Array(strings.length);
        values.forEach((s, i) => {
          rank[s] = i;
        });
        for (let r = 0; r < total; r++) key[r] = rank[cells[r * width + column]];
      }
      return (keys[column] = key);
    }

    // Every word of the filter must appear in some cell of the row (case-insensitive).
    function matching() {
      const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const equal = selects
        .filter((s) => s.value !== '')
        .map((s) => [Number(s.dataset.column), strings.indexOf(s.value)]);
      if (words.length > 0 && lower === null) lower = strings.map((s) => s.toLowerCase());
      const hits = words.map((word) => {
        const hit = new Uint8Array(strings.length);
        for (let i = 0; i < lower.length; i++) if (lower[i].includes(word)) hit[i] = 1;
        return { word, hit, money: new Map() };
      });
      const found = (h, base) => {
        for (let c = 0; c < width; c++) {
          const v = cells[base + c];
          if (kinds[c] !== 'usd') {
            if (h.hit[v] === 1) return true;
            continue;
          }
          let m = h.money.get(v);
          if (m === undefined) h.money.set(v, (m = usd(v).includes(h.word)));
          if (m) return true;
        }
        return false;
      };
      const out = [];
      next: for (let r = 0; r < total; r++) {
        const base = r * width;
        for (const [c, v] of equal) if (cells[base + c] !== v) continue next;
        for (const h of hits) if (!found(h, base)) continue next;
        out.push(r);
      }
      return out;
    }

    function render() {
      const n = Math.min(rows.length, shown);
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < n; i++) {
        const base = rows[i] * width;
        const tr = document.createElement('tr');
        for (let c = 0; c < width; c++) {
          const v = cells[base + c];
          const td = document.createElement('td');
          td.dataset.label = labels[c];
          if (kinds[c] === 'usd') {
            td.className = 'num';
            td.textContent = usd(v);
          } else if (badges[c]) {
            const badge = document.createElement('span');
            badge.className = 'badge';
            badge.dataset.value = strings[v];
            badge.textContent = strings[v];
            td.appendChild(badge);
          } else {
            if (classes[c] !== '') td.className = classes[c];
            td.textContent = strings[v];
          }
          tr.appendChild(td);
        }
        fragment.appendChild(tr);
      }
      if (rows.length === 0) {
        const tr = document.createElement('tr');
        const td = document.createElement('td');
        td.colSpan = width;
        td.className = 'none';
        td.textContent = total === 0 ? 'None.' : 'No rows match.';
        tr.appendChild(td);
        fragment.appendChild(tr);
      }
      tbody.replaceChildren(fragment);
      counter.textContent = count(rows.length) + ' of ' + count(total) + ' rows';
      if (sum && usdColumn >= 0) {
        let cents = 0;
        for (const r of rows) cents += cells[r * width + usdColumn];
        sum.textContent = usd(cents) + ' a month';
      }
      more.hidden = n >= rows.length;
      if (!more.hidden) {
        moreText.textContent =
          'Showing the first ' + count(n) + ' of ' + count(rows.length) +
          ' matching rows: filter or sort to bring others to the top, or ';
        moreButton.textContent = 'show ' + count(Math.min(PAGE, rows.length - n)) + ' more';
      }
    }

    function update() {
      rows = matching();
      if (sortColumn >= 0) {
        const key = keyOf(sortColumn);
        rows.sort((a, b) => (key[a] - key[b]) * direction || a - b);
      }
      shown = PAGE;
      render();
    }

    headers.forEach((th, column) => {
      th.querySelector('button').addEventListener('click', () => {
        direction = sortColumn === column ? -direction : 1;
        sortColumn = column;
        for (const h of headers) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
        update();
      });
    });
    // Typing in a large table waits for a pause rather than filtering on every key.
    filter.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(update, total > 5000 ? 200 : 0);
    });
    for (const s of selects) s.addEventListener('change', update);
    moreButton.addEventListener('click', () => {
      shown += PAGE;
      render();
    });
    update();
  }

  for (const section of document.querySelectorAll('section[data-table]')) setUp(section);
  document.documentElement.dataset.ready = 'true';
})();
`;
