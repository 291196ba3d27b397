import { execFileSync } from 'node:child_process';

/**
 * Extracts the text of a PDF with pdf-parse (Mozilla's pdf.js). It runs in a child Node process
 * because pdf.js loads its worker with a dynamic import, which Jest's module sandbox refuses.
 */
export function pdfText(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const { text } = await parser.getText();
      await parser.destroy();
      process.stdout.write(text);
    });`;
  return execFileSync(process.execPath, ['-e', script], { input: pdf, encoding: 'utf8' });
}
