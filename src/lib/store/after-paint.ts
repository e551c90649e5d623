/**
 * Runs `fn` in a task after the next frame is painted (or after 100 ms in a hidden tab, where no
 * frame comes), so that work a click causes, but the click's own result does not need, waits until
 * that result is on screen. Returns a function that cancels the call if it has not run yet.
 */
export function afterNextPaint(fn: () => void): () => void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		fn();
	};
	requestAnimationFrame(() => setTimeout(once, 0));
	setTimeout(once, 100);
	return () => {
		done = true;
	};
}
