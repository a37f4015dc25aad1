import { memo } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import { STAGES } from '../../../shared/model/stages';
import { LANE_HEADER_HEIGHT, LANE_WIDTH } from '../../../shared/model/layout';

/**
 * The eight lanes, drawn as a background layer in canvas coordinates (not as React Flow group
 * nodes, whose re-parenting while dragging is buggy). Only the wrapper's transform changes
 * while panning; the lanes themselves render once per height change.
 */
export function LanesLayer({ height }: { height: number }) {
  const [x, y, zoom] = useFlowStore((s) => s.transform);
  const screenHeight = useFlowStore((s) => s.height);
  // Lanes run at least to the bottom of the window, so there is always room to drop below.
  const laneHeight = Math.max(height, Math.ceil((screenHeight - y) / zoom / 500) * 500);
  return (
    <div className="cvj-lanes" aria-label="Journey stages">
      <div
        className="cvj-lanes__plane"
        style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})` }}
      >
        <LaneColumns height={laneHeight} />
      </div>
    </div>
  );
}

const LaneColumns = memo(function LaneColumns({ height }: { height: number }) {
  return (
    <>
      {STAGES.map((stage, i) => (
        <section
          key={stage.id}
          role="region"
          aria-label={`${stage.label} stage`}
          data-stage={stage.id}
          className={`cvj-lane${i % 2 ? ' cvj-lane--odd' : ''}`}
          style={{
            left: i * LANE_WIDTH,
            width: LANE_WIDTH,
            height,
            ['--stage-color' as string]: stage.color,
          }}
        >
          <div className="cvj-lane__header-zone" style={{ height: LANE_HEADER_HEIGHT }} />
        </section>
      ))}
    </>
  );
});
