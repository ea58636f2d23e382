'use strict';
/*
 * Two small SVG charts, written here so that the page needs no library and no other site.
 * Every bar carries its figure in data-key / data-value (and a <title> for a tooltip), so what a
 * chart shows can be read back exactly.
 */
window.DashboardCharts = (function () {
  const NS = 'http://www.w3.org/2000/svg';

  function el(name, attributes, text) {
    const node = document.createElementNS(NS, name);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function svg(width, height) {
    return el('svg', { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'xMidYMid meet', role: 'img' });
  }

  /** Horizontal bars, one per item ({key, label, value}), largest scale = the largest value. */
  function bars(container, items, format, emptyText) {
    container.replaceChildren();
    if (items.length === 0) {
      container.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: emptyText }));
      return;
    }
    const row = 30, labelWidth = 160, width = 420, valueWidth = 44;
    const height = items.length * row;
    const max = Math.max(1, ...items.map(i => i.value));
    const chart = svg(width, height);
    items.forEach((item, index) => {
      const y = index * row;
      const length = Math.max(2, (width - labelWidth - valueWidth) * item.value / max);
      chart.append(el('text', { x: labelWidth - 10, y: y + row / 2, class: 'axis', 'text-anchor': 'end',
        'dominant-baseline': 'middle' }, item.label));
      const bar = el('rect', { x: labelWidth, y: y + 5, width: length, height: row - 10, rx: 3,
        class: 'bar ' + (item.className || ''), 'data-key': item.key === null ? '' : item.key,
        'data-value': item.value });
      bar.append(el('title', {}, `${item.label}: ${format(item.value)}`));
      chart.append(bar);
      chart.append(el('text', { x: labelWidth + length + 8, y: y + row / 2, class: 'figure',
        'dominant-baseline': 'middle' }, format(item.value)));
    });
    container.append(chart);
  }

  /**
   * Vertical bars per interval, the series side by side ({name, className, points: [{start, value}]}),
   * with a time label under every third interval.
   */
  function series(container, all, label, format) {
    container.replaceChildren();
    const width = 1200, height = 230, bottom = 28, left = 44, top = 12;
    const count = Math.max(...all.map(s => s.points.length), 1);
    const max = Math.max(1, ...all.flatMap(s => s.points.map(p => p.value)));
    const slot = (width - left) / count;
    const barWidth = Math.max(2, (slot - 4) / all.length);
    const scale = (height - bottom - top) / max;
    const chart = svg(width, height);
    const ticks = max <= 4 ? max : 4;
    for (let i = 0; i <= ticks; i++) {
      const value = Math.round(max * i / ticks);
      const y = height - bottom - value * scale;
      chart.append(el('line', { x1: left, x2: width, y1: y, y2: y, class: 'grid' }));
      chart.append(el('text', { x: left - 6, y, class: 'axis', 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        format(value)));
    }
    all.forEach((one, s) => {
      one.points.forEach((point, i) => {
        const h = point.value * scale;
        const bar = el('rect', { x: left + i * slot + 2 + s * barWidth, y: height - bottom - h, width: barWidth,
          height: Math.max(h, 0), class: 'bar ' + one.className, 'data-series': one.name, 'data-start': point.start,
          'data-value': point.value });
        bar.append(el('title', {}, `${label(point.start)} ${one.title}: ${format(point.value)}`));
        chart.append(bar);
      });
    });
    all[0].points.forEach((point, i) => {
      if (i % 3 === 0) {
        chart.append(el('text', { x: left + i * slot + slot / 2, y: height - 8, class: 'axis',
          'text-anchor': 'middle' }, label(point.start)));
      }
    });
    container.append(chart);
  }

  return { bars, series };
})();
