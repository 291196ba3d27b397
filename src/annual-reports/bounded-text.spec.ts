import { blocksOf, breakLongRuns } from './bounded-text';

const ZWSP = '\u200b';

describe('breakLongRuns', () => {
  it('leaves ordinary text alone', () => {
    const text = 'Šiais metais surengti 3 mokymai;\nhttps://www.vrm.lt/ataskaita.';
    expect(breakLongRuns(text)).toBe(text);
  });

  it('puts a break opportunity into every run longer than the bound, losing nothing', () => {
    const word = 'ąčęėįšųūž'.repeat(100);
    const broken = breakLongRuns(`Pradžia ${word} pabaiga`, 30);
    expect(broken.split(ZWSP).join('')).toBe(`Pradžia ${word} pabaiga`);
    for (const run of broken.split(/[\s\u200b]/)) expect([...run].length).toBeLessThanOrEqual(30);
  });

  it('counts code points, so no surrogate pair is split', () => {
    const broken = breakLongRuns('😀'.repeat(50), 30);
    expect(broken.split(ZWSP)).toEqual(['😀'.repeat(30), '😀'.repeat(20)]);
  });
});

describe('blocksOf', () => {
  it('cuts a line at break opportunities into blocks that join back to the line', () => {
    const line = breakLongRuns(`${'žodis '.repeat(1000)}${'x'.repeat(500)}`);
    const blocks = blocksOf(line, 100);
    expect(blocks.join('')).toBe(line);
    for (const block of blocks.slice(0, -1)) {
      expect(block.length).toBeLessThanOrEqual(100 + 31);
      expect(block).toMatch(/[\s\u200b]$/);
    }
  });
});
