// A signed version's PDF, fetched and saved through the browser's own download.

import { call } from '../../api';
import { downloadBase64 } from '../../download';

export async function downloadReportPdf(protocol: string, version?: number): Promise<void> {
  const pdf = await call('reports.pdf', { protocol, version });
  downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
}
