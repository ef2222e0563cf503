/** QR codes for flyers, team pages and the video, from the `qrcode` package. */
import QRCode from 'qrcode';

/** An SVG QR code (no XML prolog) that encodes `url` exactly. */
export async function qrSvg(
  url: string,
  options: { dark?: string; light?: string; margin?: number } = {},
): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: options.margin ?? 2,
    color: { dark: options.dark ?? '#000000', light: options.light ?? '#ffffff' },
  });
}

/** A PNG QR code of `width` pixels. */
export async function qrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
}
