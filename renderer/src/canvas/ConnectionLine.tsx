import { memo, useContext } from 'react';
import { flowWidth } from '../../../shared/export/svg-forecast';
import { ForecastContext } from '../panels/forecast/forecastContext';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { isFlagged } from '../../../shared/model/selectors';
import type { ConnectionEdge } from './flowMapping';
import { SvgIcon } from './Icon';
import { WarningIcon } from '../ui/icons';
import { connectionPath } from './connectionPath';
import { useAppStoreApi } from '../store/context';

/**
 * A connection: an arrow in the journey's direction. Connections that run backward or skip
 * stages are dashed amber and carry a warning badge whose hover text says why (a warning,
 * never a ban: the strategist knows best).
 */
export const ConnectionLine = memo(function ConnectionLine(props: EdgeProps<ConnectionEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, style, markerEnd, data, selected } = props;
  const [path, labelX, labelY] = connectionPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const flagged = isFlagged(data?.flow);
  const label = data?.connection.label;
  const explanation = data?.flow.explanation ?? '';
  const store = useAppStoreApi();
  // The forecast's Sankey feel: as wide as the people it carries (unknown: the usual width).
  const forecast = useContext(ForecastContext);
  const carried = forecast?.widths ? forecast.result.connections.get(id) : undefined;
  const drawn = carried === undefined ? style : { ...style, strokeWidth: flowWidth(carried, forecast!.busiest) };
  return (
    <>
      <BaseEdge id={id} path={path} style={drawn} markerEnd={markerEnd} interactionWidth={24} />
      {flagged || label ? (
        <EdgeLabelRenderer>
          <div
            className={`cvj-edge-label nodrag nopan${flagged ? ' cvj-edge-label--flagged' : ''}${selected ? ' cvj-edge-label--selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={flagged ? explanation : undefined}
            data-edge-id={id}
            onClick={(e) => {
              // The badge stands on the line: clicking it selects the connection, as the line does.
              e.stopPropagation();
              store.getState().setSelection([id]);
            }}
          >
            {flagged ? <SvgIcon node={WarningIcon} size={16} /> : null}
            {label ? <span>{label}</span> : null}
            {flagged ? <span className="cvj-visually-hidden">{explanation}</span> : null}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
