// Counts animation frames into `window.benchFrames`; the same loop runs on every ticker page.
export function countFrames() {
  window.benchFrames = 0;
  const frame = () => {
    window.benchFrames++;
    window.requestAnimationFrame(frame);
  };
  window.requestAnimationFrame(frame);
}
