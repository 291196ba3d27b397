/** The page a mailed link opens: plain HTML, no script, so it works in any mail client's browser. */

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="lt">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}label{display:block;margin-top:1rem;font-weight:600}input{font:inherit;width:100%;padding:.5rem;border:1px solid #555;border-radius:4px;box-sizing:border-box}button{font:inherit;margin-top:1.5rem;padding:.6rem 1.2rem;background:#00468c;color:#fff;border:0;border-radius:4px}[role=alert]{border-left:4px solid #a00;padding:.5rem 1rem;background:#fdecec}[lang=en]{color:#444}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

/** The form to choose a password; `problem` is the refusal of an earlier try, in both languages. */
export function setPasswordForm(token: string, problem?: { lt: string; en: string }): string {
  const alert = problem
    ? `<div role="alert"><p>${escape(problem.lt)}</p><p lang="en">${escape(problem.en)}</p></div>`
    : '';
  return page(
    'Slaptažodžio pasirinkimas / Choose a password',
    `<h1>Slaptažodžio pasirinkimas <span lang="en">/ Choose a password</span></h1>
${alert}
<p>Bent 12 ženklų, nesudarytas iš jūsų el. pašto ar vardo. <span lang="en">At least 12 characters, not made of your e-mail or name.</span></p>
<form method="post" action="/set-password">
<input type="hidden" name="token" value="${escape(token)}">
<label for="newPassword">Naujas slaptažodis <span lang="en">/ New password</span></label>
<input id="newPassword" name="newPassword" type="password" autocomplete="new-password" required minlength="12" maxlength="200">
<label for="repeatPassword">Pakartokite <span lang="en">/ Repeat it</span></label>
<input id="repeatPassword" name="repeatPassword" type="password" autocomplete="new-password" required minlength="12" maxlength="200">
<button type="submit">Išsaugoti <span lang="en">/ Save</span></button>
</form>`,
  );
}

export function passwordSetPage(): string {
  return page(
    'Slaptažodis pakeistas / Password set',
    `<h1>Slaptažodis pakeistas <span lang="en">/ Password set</span></h1>
<p>Dabar galite prisijungti nauju slaptažodžiu. <span lang="en">You can now log in with your new password.</span></p>
<p><a href="/">Į darbo erdvę <span lang="en">/ To the workspace</span></a></p>`,
  );
}
