// The part of fontkit that labels use: parsing a font file once, so pdfkit can
// embed it in every document without parsing it again.
declare module 'fontkit' {
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
