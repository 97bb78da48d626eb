// Waiting in the page without a timer's 4 ms clamp: a task (MessageChannel), the next animation
// frame, and "after the frame": a task posted from a rAF callback runs once that frame's style,
// layout and paint are done.

/** The next task (after pending microtasks and any rendering the browser fits in). */
export function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** The next animation frame's callback; resolves with its timestamp. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after the next frame has been rendered (style, layout, paint). */
export async function afterFrame() {
  await nextFrame();
  await nextTask();
}

/** Waits until `ready()` holds, checking after every task; rejects after `timeoutMs`. */
export async function until(ready, timeoutMs = 10_000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await nextTask();
  }
}

const sorted = (list) => [...list].sort((a, b) => a - b);
export const median = (list) => sorted(list)[Math.floor(list.length / 2)];
