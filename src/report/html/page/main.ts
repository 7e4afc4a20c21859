// The report page's only script, bundled into one function and inlined in the page at build
// time (scripts/pageScript.ts writes ../pageScript.generated.ts): it turns each table's JSON
// block into rows and makes them sortable and filterable, gives the contents list each table's
// row count, fits the trend chart to its width, and says when a table has columns out of view.
// `data-ready` tells tests it is done.
import { formatCount } from '../../../common/formatCount.js';
import { fitTrendChart } from './fitTrendChart.js';
import { setUpTable } from './setUpTable.js';
import { watchOverflow } from './watchOverflow.js';

for (const section of document.querySelectorAll<HTMLElement>('section[data-table]')) {
  const rows = setUpTable(section);
  const count = document.querySelector(`[data-contents] a[href="#${section.id}"] [data-nav-count]`);
  if (count !== null) count.textContent = ` · ${formatCount(rows)}`;
}
for (const svg of document.querySelectorAll<SVGSVGElement>('svg.trend')) fitTrendChart(svg);
for (const box of document.querySelectorAll<HTMLElement>('.scroll, .split > div')) {
  watchOverflow(box);
}
document.documentElement.dataset.ready = 'true';
