// The trend chart (trendChart.ts) is drawn for a fixed-width viewBox, which a phone would scale
// down, text and all, to 5 px. Here it is redrawn at the width it is shown: the viewBox takes that
// width, so text keeps its size, and every x right of the value labels is stretched or squeezed
// so the plot fills it. Again whenever the chart's width changes. Without the script, the chart
// scales as a whole.

/** The attributes that hold an x coordinate; `points` (the lines) holds pairs. */
const X_ATTRIBUTES = ['x', 'cx', 'x1', 'x2'] as const;

interface Drawn {
  element: Element;
  attribute: string;
  /** The value as the chart was written, for its own width. */
  value: string;
}

const round = (n: number) => String(Math.round(n * 10) / 10);

export function fitTrendChart(svg: SVGSVGElement): void {
  // `data-plot`: the plot's left and right edges and the width they were drawn for.
  const [left = 0, right = 0, width = 0] = (svg.dataset.plot ?? '').split(' ').map(Number);
  if (!(left < right && right <= width)) return;
  const height = svg.viewBox.baseVal.height;
  const drawn: Drawn[] = [];
  for (const element of svg.querySelectorAll('*')) {
    for (const attribute of [...X_ATTRIBUTES, 'points']) {
      const value = element.getAttribute(attribute);
      if (value !== null) drawn.push({ element, attribute, value });
    }
  }
  let shown = 0;
  const fit = () => {
    const now = Math.round(svg.getBoundingClientRect().width);
    if (now <= 0 || now === shown) return;
    shown = now;
    // The margin right of the plot stays as drawn; the plot takes the rest.
    const scale = (now - (width - right) - left) / (right - left);
    const x = (value: number) => (value <= left ? value : left + (value - left) * scale);
    for (const { element, attribute, value } of drawn) {
      const next =
        attribute === 'points'
          ? value
              .split(' ')
              .map((pair) => {
                const [px = 0, py = 0] = pair.split(',').map(Number);
                return `${round(x(px))},${round(py)}`;
              })
              .join(' ')
          : round(x(Number(value)));
      element.setAttribute(attribute, next);
    }
    svg.setAttribute('viewBox', `0 0 ${now} ${height}`);
  };
  fit();
  new ResizeObserver(fit).observe(svg);
}
