import { useId } from 'react';
import { ModalDialog } from '../panels/dialogs/ModalDialog';
import { closeExportDialog, useExportDialogOpen } from './dialogState';
import { ExportFooter } from './ExportFooter';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportPreview } from './ExportPreview';
import { useExport } from './useExport';
import './export.css';

/** Mounted once (by the toolbar); shows the dialog while File > Export… has it open. */
export function ExportDialogHost() {
  const open = useExportDialogOpen();
  return open ? <ExportDialog onClose={closeExportDialog} /> : null;
}

/** File > Export…: options on the left, a live preview of the image on the right. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const exporter = useExport(onClose);
  const { options, update, prepared, problem, busy } = exporter;

  return (
    <ModalDialog
      titleId={titleId}
      onCancel={() => {
        if (!busy) onClose();
      }}
      className="cvj-pdialog--export"
    >
      <form
        className="cvj-pdialog__form cvj-export"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          void exporter.run('export', options.format);
        }}
      >
        <h2 id={titleId} className="cvj-pdialog__title">
          Export journey
        </h2>
        <div className="cvj-export__body">
          <ExportOptionsForm
            options={options}
            update={update}
            selectedCount={exporter.selectedCount}
            journeyCount={exporter.journeyCount}
            openTitle={exporter.title}
          />
          <ExportPreview
            prepared={prepared}
            previewUrl={exporter.previewUrl}
            background={options.background}
            {...(options.format === 'pdf' || options.format === 'pptx' ? { document: options.format } : {})}
          />
        </div>
        <ExportFooter
          format={options.format}
          files={exporter.allJourneys ? exporter.journeyCount : 1}
          problem={problem}
          status={exporter.status}
          canExport={prepared.ok && problem === undefined}
          onScale={(scale) => update({ scale })}
          onCopy={(format) => void exporter.run('copy', format)}
          onClose={onClose}
        />
      </form>
    </ModalDialog>
  );
}
