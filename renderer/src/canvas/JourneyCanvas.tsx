import { useCallback } from 'react';
import { ControlButton, Controls, MiniMap, ReactFlow, type NodeTypes } from '@xyflow/react';
import { SvgIcon } from './Icon';
import { FitIcon } from '../ui/icons';
import { getStage } from '../../../shared/model/stages';
import type { ConnectionEdge, TacticNode } from './flowMapping';
import { TacticCard } from './TacticCard';
import { LanesLayer } from './LanesLayer';
import { LaneHeaders } from './LaneHeaders';
import { useJourneyFlow } from './useJourneyFlow';
import { useFitJourney } from './useFitJourney';
import { useMenuCommands } from '../commands/useMenuCommands';
import { usePlatform } from '../platform/context';

const nodeTypes: NodeTypes = { tactic: TacticCard };
const PRO_OPTIONS = { hideAttribution: true };

function minimapColor(node: TacticNode): string {
  return getStage(node.data.tactic.stage).color;
}

export function JourneyCanvas() {
  const flow = useJourneyFlow();
  const fitJourney = useFitJourney(flow.height);
  useMenuCommands(usePlatform(), fitJourney);
  const onInit = useCallback(() => fitJourney({ duration: 0 }), [fitJourney]);

  return (
    <div className="cvj-canvas" data-testid="canvas">
      <ReactFlow<TacticNode, ConnectionEdge>
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        onNodesChange={flow.onNodesChange}
        onEdgesChange={flow.onEdgesChange}
        onNodeDragStop={flow.onNodeDragStop}
        onConnect={flow.onConnect}
        onDelete={flow.onDelete}
        onInit={onInit}
        minZoom={0.05}
        maxZoom={2.5}
        zoomOnDoubleClick={false}
        snapToGrid={false}
        proOptions={PRO_OPTIONS}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        aria-label="Journey canvas"
      >
        <LanesLayer height={flow.height} />
        <LaneHeaders />
        <MiniMap<TacticNode>
          nodeColor={minimapColor}
          nodeStrokeWidth={0}
          pannable
          zoomable
          ariaLabel="Overview of the journey"
        />
        {/* Our own fit button: React Flow's fits only the cards and would crop the lanes. */}
        <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
          <ControlButton
            onClick={() => fitJourney({ duration: 200 })}
            title="Fit the whole journey (Shift+1)"
            aria-label="Fit view"
          >
            <SvgIcon node={FitIcon} size={16} />
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
  );
}
