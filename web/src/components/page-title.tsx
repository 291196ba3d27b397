import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The first page of a visit starts at the top (the skip link); later ones at their heading. */
let firstPage = true;

/**
 * The page's one h1; it also names the browser tab and takes the focus when a link inside the
 * app opens the page, so a screen reader announces where the link led.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
