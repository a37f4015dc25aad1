import { useEffect, useRef } from 'react';

/** How long a point of the trail stays, fading. */
const TRAIL_MS = 700;

/**
 * The laser pointer (K in present mode): a red dot and a trail that fades behind the mouse, drawn
 * on a canvas over everything that takes no clicks. Nothing of it is kept.
 */
export function PresentLaser() {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const points: { x: number; y: number; t: number }[] = [];
    let frame = 0;
    const resize = () => {
      const dpr = window.devicePixelRatio || 1;
      el.width = Math.round(window.innerWidth * dpr);
      el.height = Math.round(window.innerHeight * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    };
    const draw = () => {
      frame = 0;
      const now = performance.now();
      while (points.length && now - points[0]!.t > TRAIL_MS) points.shift();
      ctx.clearRect(0, 0, window.innerWidth, window.innerHeight);
      // Read each frame: the theme may change while presenting.
      const colour = getComputedStyle(el).color;
      ctx.lineCap = 'round';
      ctx.strokeStyle = colour;
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1]!;
        const b = points[i]!;
        const life = 1 - (now - b.t) / TRAIL_MS;
        ctx.globalAlpha = Math.max(0, life) * 0.8;
        ctx.lineWidth = 4 + 6 * life;
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
      }
      const head = points.at(-1);
      if (head) {
        ctx.globalAlpha = 1;
        ctx.fillStyle = colour;
        ctx.beginPath();
        ctx.arc(head.x, head.y, 9, 0, Math.PI * 2);
        ctx.fill();
      }
      if (points.length) frame = requestAnimationFrame(draw);
    };
    const onMove = (e: PointerEvent) => {
      points.push({ x: e.clientX, y: e.clientY, t: performance.now() });
      if (!frame) frame = requestAnimationFrame(draw);
    };
    resize();
    window.addEventListener('resize', resize);
    window.addEventListener('pointermove', onMove);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', resize);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);

  return (
    <canvas ref={canvas} className="cvj-present__laser" data-testid="laser" aria-hidden="true" />
  );
}
