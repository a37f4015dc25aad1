import { useState } from 'react';
import { toExternalUrl } from '../../../../../shared/ipc/external-url';
import { usePlatform } from '../../../platform/context';
import { SvgIcon } from '../../../canvas/Icon';
import { OpenLinkIcon } from '../icons';
import { OpenLinkDialog } from '../OpenLinkDialog';
import { MAX_LENGTH } from '../inspectorModel';
import { TextField } from './TextField';

interface LinkFieldProps {
  value: string;
  onChange(text: string): void;
}

/**
 * The link is only ever text here: never an <a>, never loaded in the app. "Open link" asks
 * first, then hands the URL to the OS browser (or mail app) through the platform.
 */
export function LinkField({ value, onChange }: LinkFieldProps) {
  const platform = usePlatform();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const target = toExternalUrl(value);
  const hint = value.trim() === '' ? undefined : target.ok ? undefined : target.problem;

  const open = (url: string) => {
    setConfirming(null);
    platform.openExternal(url).catch((error: unknown) => {
      setFailure(
        error instanceof Error ? error.message.replace(/^\[[a-z-]+\] /, '') : 'Unknown error.',
      );
    });
  };

  return (
    <div className="cvj-link">
      <TextField
        label="Link"
        value={value}
        maxLength={MAX_LENGTH.link}
        placeholder="https://…"
        hint={hint}
        url
        onChange={(text) => {
          setFailure(null);
          onChange(text);
        }}
      />
      <button
        type="button"
        className="cvj-btn cvj-inspector__button cvj-link__open"
        disabled={!target.ok}
        onClick={() => target.ok && setConfirming(target.url)}
      >
        <SvgIcon node={OpenLinkIcon} size={18} /> Open link
      </button>
      {failure ? (
        <p className="cvj-field__error" role="alert">
          Could not open the link: {failure}
        </p>
      ) : null}
      {confirming !== null ? (
        <OpenLinkDialog
          url={confirming}
          onOpen={() => open(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
