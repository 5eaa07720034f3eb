// The signed report's PDF: a two-page report with three micrographs as JPEGs, the lab's
// logo and the signature as PNGs with transparency, rendered after warm-up. Set against
// a bare pdfkit document holding the same text in pdfkit's built-in font and the same
// three JPEGs, with no layout, in the same run; the baseline leaves out the logo and the
// signature, which pdfkit alone would decode again in every document. The same report
// with its micrographs as PNGs is measured twice: rendered again, and with new pictures.

import PDFDocument from 'pdfkit';
import { renderReportPdf } from '../../src-main/reports/report-pdf';
import type { ReportPdfInput } from '../../src-main/reports/report-pdf-input';
import { drawnPng, sampleReport } from '../fixtures/report/sample-report';
import { percentile, timeEach } from './timing';

const RUNS = Number(process.env.BENCH_REPORT_PDF_RUNS ?? 30);
const NEW_PNG_RUNS = 5;

const median = (samples: number[]) => percentile(samples, 50);

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;
}

/** Every word the report prints, in one run of text. */
function allText(input: ReportPdfInput): string {
  const { sections } = input;
  return [
    input.lab.name,
    ...input.lab.lines,
    input.protocol.number,
    ...Object.values(input.veterinarian),
    ...Object.values(input.animal),
    input.presumptiveDiagnosis,
    input.clinicalHistory,
    ...input.material,
    sections.macroscopic,
    sections.microscopic.general,
    ...sections.microscopic.items.flatMap((item) => [item.code, item.text]),
    sections.diagnosis,
    sections.comments,
    ...input.images.map((image) => image.caption),
    input.signature.name,
    input.contentSha256,
  ]
    .filter((text) => text !== null)
    .join('\n');
}

function bareDocument(text: string, pictures: Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  doc.text(text);
  for (const picture of pictures) doc.image(picture, { fit: [230, 160] });
  doc.end();
  return done;
}

function withPngMicrographs(input: ReportPdfInput, seed: number): ReportPdfInput {
  return {
    ...input,
    images: input.images.map((image, i) => ({
      ...image,
      data: drawnPng(1200, 900, true, seed * 10 + i),
    })),
  };
}

export async function benchReportPdf() {
  const input = sampleReport();
  const pages = pageCount(await renderReportPdf(input));
  if (pages !== 2) throw new Error(`the bench report has ${pages} pages, not 2`);

  const text = allText(input).replace(/[^\x20-\xff\n]/g, '?');
  const pictures = input.images.map((image) => image.data);

  for (let i = 0; i < 5; i++) {
    await renderReportPdf(input);
    await bareDocument(text, pictures);
  }
  const report = await timeEach(RUNS, () => renderReportPdf(input));
  const bare = await timeEach(RUNS, () => bareDocument(text, pictures));

  const png = withPngMicrographs(input, 1);
  await renderReportPdf(png);
  const pngAgain = await timeEach(RUNS, () => renderReportPdf(png));
  const fresh = Array.from({ length: NEW_PNG_RUNS }, (_, i) => withPngMicrographs(input, i + 2));
  const pngNew = await timeEach(NEW_PNG_RUNS, (i) => renderReportPdf(fresh[i]!));

  return {
    report_pdf_pages: pages,
    report_pdf_ms: median(report),
    report_pdf_baseline_ms: median(bare),
    report_pdf_ratio: Number((median(report) / median(bare)).toFixed(2)),
    report_pdf_png_ms: median(pngAgain),
    report_pdf_new_png_ms: median(pngNew),
  };
}
