import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { exportNoticeDocx } from '../../main/export/export-notice';
import { importBytes } from '../../main/import/import-file';
import type { LayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { ImportError } from '../../shared/import/errors';
import { parseXml } from './docx-xml';
import type { FuzzInput } from './fuzz-inputs';

/** What one fuzz input did: imported or refused, how long the import took, and what was wrong, if anything. */
export interface FuzzOutcome {
  name: string;
  /** Wall-clock milliseconds of the import (not the export). */
  ms: number;
  /**
   * Processor milliseconds of the import, the process's user and system
   * time: what the input costs, whatever else the machine is doing.
   */
  cpuMs: number;
  imported: boolean;
  message: string;
  /** A crash (not an ImportError), English in a message or warning, or an export that is not a well-formed .docx. */
  problem: string | null;
}

/**
 * Latin words a Chinese message may name: formats and the programs users
 * know them by. Anything else of three letters or more is English that
 * should have been translated.
 */
const NAMED = /\b(?:docx|xlsx|txt|doc|wps|pdf|rtf|zip|Word|WPS|Excel|PDF|RTF|UTF|GBK|GB18030)\b/gu;

export function englishIn(message: string): string | null {
  return /[A-Za-z]{3,}/u.exec(message.replace(NAMED, ''))?.[0] ?? null;
}

/** Imports one input in the process (the worker runs the same importBytes) and, when it imports, checks its warnings, exports it and reads the .docx back. */
export async function tryInput(input: FuzzInput, templates: LayoutTemplates): Promise<FuzzOutcome> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const cpu = () => {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system) / 1000;
  };
  let result: ReturnType<typeof importBytes>;
  try {
    result = importBytes(input.bytes, input.fileName, templates);
  } catch (error) {
    const ms = performance.now() - start;
    const cpuMs = cpu();
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof ImportError))
      return { name: input.name, ms, cpuMs, imported: false, message, problem: `crash: ${String(error)}` };
    const english = englishIn(message);
    return { name: input.name, ms, cpuMs, imported: false, message, problem: english ? `English in the message: ${english}` : null };
  }
  const ms = performance.now() - start;
  const cpuMs = cpu();
  // The warnings are told to the user too (their excerpts quote the file, and are the file's own words).
  const englishWarning = result.warnings.map((w) => englishIn(w.message)).find((word) => word !== null);
  if (englishWarning)
    return { name: input.name, ms, cpuMs, imported: true, message: '', problem: `English in a warning: ${englishWarning}` };
  try {
    const files = unzipSync(await exportNoticeDocx(result.notice, templates));
    const xml = files['word/document.xml'];
    if (!xml) return { name: input.name, ms, cpuMs, imported: true, message: '', problem: 'the export has no word/document.xml' };
    parseXml(new TextDecoder().decode(xml));
    return { name: input.name, ms, cpuMs, imported: true, message: '', problem: null };
  } catch (error) {
    return { name: input.name, ms, cpuMs, imported: true, message: '', problem: `the export is not a well-formed .docx: ${String(error)}` };
  }
}
