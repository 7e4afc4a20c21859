// The report page's only script, bundled into one function and inlined in the page at build
// time (scripts/pageScript.ts writes ../pageScript.generated.ts): it turns each table's JSON
// block into rows and makes them sortable and filterable. `data-ready` tells tests it is done.
import { setUpTable } from './setUpTable.js';

for (const section of document.querySelectorAll<HTMLElement>('section[data-table]')) {
  setUpTable(section);
}
document.documentElement.dataset.ready = 'true';
