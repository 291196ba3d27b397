import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { errorText, fieldText } from '../api/error-words';
import { useWords } from '../i18n/use-language';

export interface SubmitState {
  busy: boolean;
  /** The refusal in the reader's words, or null. */
  error: string | null;
  /** Someone changed the record since it was read: the screen offers to reload. */
  conflict: boolean;
  /** Refusals of single fields, by the API's field name. */
  fields: Record<string, string>;
}

/** Runs a form's request and keeps its refusal worded for the screen, per field and in all. */
export function useSubmit() {
  const { t } = useWords();
  const [state, setState] = useState<SubmitState>({
    busy: false,
    error: null,
    conflict: false,
    fields: {},
  });
  /**
   * Runs `action`; a refusal's fields are kept under `fieldOf(name)` when the form shows them
   * under names of its own (a list entry by its record, say).
   */
  const run = async (
    action: () => Promise<unknown>,
    fieldOf: (name: string) => string = (name) => name,
  ): Promise<boolean> => {
    setState({ busy: true, error: null, conflict: false, fields: {} });
    try {
      await action();
      setState({ busy: false, error: null, conflict: false, fields: {} });
      return true;
    } catch (e) {
      const fields =
        e instanceof ApiError
          ? Object.fromEntries(e.fields.map((f) => [fieldOf(f.field), fieldText(t, f)]))
          : {};
      const conflict = e instanceof ApiError && e.code === 'CONFLICT';
      setState({ busy: false, error: errorText(t, e), conflict, fields });
      return false;
    }
  };
  /** Problems found before sending, shown as the API's would be. */
  const refuse = (fields: Record<string, string>) =>
    setState({ busy: false, error: t('error.code.BAD_USER_INPUT'), conflict: false, fields });
  return { ...state, run, refuse };
}
