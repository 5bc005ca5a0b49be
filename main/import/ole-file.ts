/** The signature of an OLE compound file: old Word and Excel files, and Office files encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Stream names an OLE file's directory holds (UTF-16LE), telling what kind of file it is. */
const STREAMS: ReadonlyArray<{ name: string; message: string }> = [
  {
    name: 'EncryptedPackage',
    message: '这个文件设置了打开密码（已加密），无法读取。请在 Excel、Word 或 WPS 中打开，取消密码后另存（.xlsx 或 .docx）再导入。',
  },
  { name: 'Workbook', message: '这是旧版 Excel（.xls）文件，无法直接导入。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。' },
  { name: 'WordDocument', message: '这是旧版 Word（.doc）或 WPS（.wps）文件，无法直接导入。请在 Word 或 WPS 中另存为 .docx 后再导入。' },
];

/**
 * Why an OLE compound file cannot be imported, in words the user can act
 * on, or null when the bytes are not one. The kind is told by the streams
 * its directory names; the file name's extension decides when none is found.
 */
export function oleRefusal(bytes: Uint8Array, name: string): string | null {
  if (!OLE.every((b, i) => bytes[i] === b)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const { name: stream, message } of STREAMS) {
    if (buffer.indexOf(Buffer.from(stream, 'utf16le')) !== -1) return message;
  }
  // 97-2003 Excel also names its stream "Book" (Excel 5); the extension settles the rest.
  if (buffer.indexOf(Buffer.from('Book', 'utf16le')) !== -1 || /\.(?:xls|xlsx|et)$/iu.test(name)) return STREAMS[1]!.message;
  return STREAMS[2]!.message;
}
