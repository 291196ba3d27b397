import { passwordProblem } from './password-rules';

describe('password rules', () => {
  const email = 'ruta.sekretore@vilnius.lt';
  const name = 'Rūta Sekretorė';

  it('refuses the e-mail name and parts of the name, whatever the case', () => {
    expect(passwordProblem('my-Ruta.Sekretore-pass', email, name)).toMatch(/ruta\.sekretore/);
    expect(passwordProblem('SEKRETORĖ-forever-2026', email, name)).toMatch(/sekretorė/);
    expect(passwordProblem('xx-ruta-xx-long-enough', email, name)).toMatch(/"ruta"/);
  });

  it('accepts a password without them', () => {
    expect(passwordProblem('correct horse battery staple', email, name)).toBeNull();
  });

  it('refuses a password of fewer than five different characters, whatever its length or case', () => {
    for (const weak of ['aaaaaaaaaaaa', 'abababababababab', 'AbcdAbcdaBCD', '1234123412341234']) {
      expect(passwordProblem(weak, email, name)).toMatch(/at least 5 different characters/);
    }
    expect(passwordProblem('abcde-abcde-', email, name)).toBeNull();
  });

  it('ignores name parts shorter than three letters', () => {
    expect(passwordProblem('a perfectly long passphrase', 'jo@x.lt', 'Jo Li')).toBeNull();
  });
});
