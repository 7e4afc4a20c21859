// A table wider than its box scrolls sideways inside it: a reader would not know columns are
// missing, so a note above the box says how many are out of view, and is kept true as the
// window, the rows or the scroll position change. A table that fits is marked `data-fits`, so the
// box stops being a scroll container and the table's header can stick to the top of the window
// (reportStyle.ts).
import { formatCount } from '../../../common/formatCount.js';

/** Columns not wholly inside the box's visible width, by their header cells. */
function hiddenColumns(box: HTMLElement, cells: readonly Element[]): number {
  const left = box.getBoundingClientRect().left + box.clientLeft;
  const right = left + box.clientWidth;
  return cells.filter((cell) => {
    const edges = cell.getBoundingClientRect();
    return edges.left < left - 1 || edges.right > right + 1;
  }).length;
}

export function watchOverflow(box: HTMLElement): void {
  const table = box.querySelector('table');
  if (table === null) return;
  const note = document.createElement('p');
  note.className = 'hidden-columns';
  note.dataset.hiddenColumns = '';
  note.setAttribute('aria-live', 'polite');
  note.hidden = true;
  box.before(note);
  const update = () => {
    const cells = Array.from(table.tHead?.rows[0]?.cells ?? table.tBodies[0]?.rows[0]?.cells ?? []);
    const overflows = box.scrollWidth > box.clientWidth + 1;
    box.toggleAttribute('data-fits', !overflows);
    const hidden = overflows ? hiddenColumns(box, cells) : 0;
    note.hidden = hidden === 0;
    note.textContent =
      hidden === 0
        ? ''
        : `${formatCount(hidden)} of ${formatCount(cells.length)} columns hidden: scroll the table sideways to see them.`;
  };
  update();
  const observer = new ResizeObserver(update);
  observer.observe(box);
  observer.observe(table);
  box.addEventListener('scroll', update, { passive: true });
}
