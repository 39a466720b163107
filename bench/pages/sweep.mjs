// What both chart pages share: waiting for a painted frame, and a pointer sweep across a chart.

/** Resolves after the next frame has been produced (a task after the animation frame). */
export const nextFrame = () => new Promise((done) => window.requestAnimationFrame(() => setTimeout(done)));

/** Moves a pointer across `target`, one move per animation frame; the duration of each frame, ms. */
export async function sweepFrames(target, steps) {
  const rect = target.getBoundingClientRect();
  const frames = [];
  let last = window.performance.now();
  for (let i = 0; i < steps; i++) {
    const clientX = rect.left + ((i + 0.5) / steps) * rect.width;
    target.dispatchEvent(new window.PointerEvent('pointermove', { clientX, clientY: rect.top + rect.height / 2, bubbles: true, composed: true }));
    await new Promise((done) => window.requestAnimationFrame(done));
    const now = window.performance.now();
    frames.push(now - last);
    last = now;
  }
  return frames;
}
