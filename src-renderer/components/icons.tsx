// A handful of line icons drawn here, so the screens need no icon package and
// no font or image from outside the app (the CSP would refuse one anyway).

import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function icon(paths: string[]) {
  return function Icon({ size = 18, ...rest }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...rest}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const BarcodeIcon = icon([
  'M4 7V5a1 1 0 0 1 1-1h2',
  'M4 17v2a1 1 0 0 0 1 1h2',
  'M17 4h2a1 1 0 0 1 1 1v2',
  'M17 20h2a1 1 0 0 0 1-1v-2',
  'M8 8v8',
  'M11 8v8',
  'M13 8v8',
  'M16 8v8',
]);
export const PrinterIcon = icon([
  'M7 9V4h10v5',
  'M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2',
  'M7 14h10v6H7z',
]);
export const DownloadIcon = icon(['M12 4v11', 'M7 10l5 5 5-5', 'M5 20h14']);
export const CheckIcon = icon(['M5 12l5 5L20 7']);
export const AlertIcon = icon(['M12 3l9.5 17h-19z', 'M12 10v4', 'M12 17h.01']);
export const InfoIcon = icon(['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 11v5', 'M12 8h.01']);
export const MailIcon = icon(['M3 6h18v12H3z', 'M3 7l9 6 9-6']);
export const RefreshIcon = icon(['M20 11a8 8 0 1 0-2.3 5.7', 'M20 4v7h-7']);
export const HelpIcon = icon([
  'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
  'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7',
  'M12 17h.01',
]);
export const XIcon = icon(['M6 6l12 12', 'M18 6L6 18']);
export const SearchIcon = icon(['M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14z', 'M20 20l-4-4']);
export const ArrowLeftIcon = icon(['M19 12H5', 'M11 6l-6 6 6 6']);
export const MicroscopeIcon = icon([
  'M5 21h14',
  'M6 18h2',
  'M7 18v3',
  'M9 11l3 3',
  'M10 5l4 4-3 3-4-4z',
  'M12.5 3.5l2-2 4 4-2 2',
  'M14 18a6 6 0 0 0 3.5-10.5',
]);
