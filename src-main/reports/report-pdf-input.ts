// Everything the signed report's PDF shows, already read from the database and
// put into words: the renderer decides the layout only, never what a field means.

export interface ReportPdfInput {
  /** `logo` is a PNG or JPEG; null draws a simple vector mark instead. */
  lab: { name: string; lines: string[]; logo: Buffer | null };
  protocol: {
    /** "HP 26/001" */
    number: string;
    kind: 'histopathology' | 'cytology';
    /** YYYY-MM-DD */
    submissionDate: string;
    /** ISO instant */
    receivedAt: string | null;
  };
  veterinarian: { name: string; license: string; email: string; phone: string | null };
  animal: {
    species: string;
    breed: string | null;
    sex: string;
    age: string | null;
    identification: string | null;
    owner: string | null;
  };
  presumptiveDiagnosis: string;
  clinicalHistory: string | null;
  /** One line per cassette or slide: "HP 26/001-C1 · Piel, región dorsal" / "...-S1 · H-E". */
  material: string[];
  sections: {
    macroscopic: string;
    microscopic: { general: string; items: { code: string; text: string }[] };
    diagnosis: string;
    comments: string;
  };
  /** PNG or JPEG, at most a few. */
  images: { caption: string; data: Buffer }[];
  version: {
    number: number;
    /** Set on an amendment: the version it replaces, and when that one was signed (ISO). */
    amends: { number: number; signedAt: string } | null;
    amendmentReason: string | null;
    /** Signed before the protocol was ready: the pathologist's written reason. */
    earlyReason: string | null;
  };
  signature: {
    name: string;
    license: string | null;
    /** ISO instant */
    signedAt: string;
    /** PNG or JPEG */
    image: Buffer | null;
  };
  /** SHA-256 (hex, 64 chars) of the signed content, printed in every page's footer. */
  contentSha256: string;
  /** e.g. America/Argentina/Buenos_Aires, for the dates shown. */
  timeZone: string;
}
