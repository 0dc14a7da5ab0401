import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormAlert } from './form/form-alert';

export interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: string | null;
  /** Extra content between the text and the buttons (e.g. a "type the name" field). */
  children?: ReactNode;
  /** False keeps the confirm button disabled (e.g. until the name is typed). */
  canConfirm?: boolean;
  danger?: boolean;
}

/** "Are you sure?" for destructive actions, with the action's error shown inside. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  pending = false,
  error,
  children,
  canConfirm = true,
  danger = true,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} description={description} onClose={onCancel}>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (canConfirm && !pending) onConfirm();
        }}
      >
        {children}
        {error && <FormAlert>{error}</FormAlert>}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button
            type="submit"
            variant={danger ? 'danger' : 'primary'}
            loading={pending}
            disabled={!canConfirm}
          >
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
