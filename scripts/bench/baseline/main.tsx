import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

/**
 * The baseline of `npm run bench`: bare React Flow (default nodes and edges, no app code)
 * showing the same journey in the same viewport, so the bench reports our cost as a ratio to
 * React Flow itself. The bench hands it the graph through window.loadBaseline.
 */
declare global {
  interface Window {
    loadBaseline?: (nodes: Node[], edges: Edge[], viewport: Viewport) => Promise<number>;
  }
}

function Flow() {
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] }>({ nodes: [], edges: [] });
  const { setViewport } = useReactFlow();
  window.loadBaseline = (nodes, edges, viewport) => {
    const start = performance.now();
    setGraph({ nodes, edges });
    void setViewport(viewport);
    return new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))),
    );
  };
  return (
    <ReactFlow
      nodes={graph.nodes}
      edges={graph.edges}
      onNodesChange={(changes: NodeChange[]) =>
        setGraph((g) => ({ ...g, nodes: applyNodeChanges(changes, g.nodes) }))
      }
      minZoom={0.01}
    />
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <ReactFlowProvider>
    <Flow />
  </ReactFlowProvider>,
);
