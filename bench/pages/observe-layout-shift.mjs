// The layout shift a page sees, summed as Cumulative Layout Shift counts it (entries without recent
// input), on `window.bench`. Self-contained, so it also runs as a Playwright init script.
export function observeLayoutShift() {
  const bench = (window.bench = { shift: 0, shifts: [] });
  new window.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.shift += entry.value;
      bench.shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: entry.sources.map((s) => s.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  return bench;
}
