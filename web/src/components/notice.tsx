import { ReactNode } from 'react';

/** A message that screen readers announce: errors at once (alert), the rest politely. */
export function Notice({
  tone,
  children,
}: {
  tone: 'error' | 'info' | 'success';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
