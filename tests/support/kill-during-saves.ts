import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkIntegrity } from '../../main/db/integrity';
import { listNotices } from '../../main/db/notices';
import { openStore } from '../../main/db/open-database';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { boilerplate } = loadLayoutTemplates();

export interface KillRound {
  acknowledged: number;
  /** Notices whose stored state is older than a save the services had answered. */
  lost: string[];
  /** integrity_check lines, empty when the file is whole. */
  damage: string[];
  /** What opening found (a set-aside log would mean a crash log was not recognised as the file's own). */
  findings: string[];
  mode: string;
}

/**
 * One round: a child saves through the real services, is killed with
 * SIGKILL after `delayMs`, and the database is opened again as the app opens
 * it. `acked` carries the highest acknowledged save per notice across rounds.
 */
export async function killRound(
  dbPath: string,
  firstSeq: number,
  delayMs: number,
  acked: Map<string, number>,
): Promise<KillRound & { nextSeq: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/save-loop.ts', dbPath, String(firstSeq)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let killTimer: NodeJS.Timeout | undefined;
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (killTimer === undefined && output.includes('READY')) killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  });
  await exited;
  clearTimeout(killTimer);
  if (!output.includes('READY')) throw new Error(`save loop did not start: ${errors}`);

  let acknowledged = 0;
  let highest = firstSeq - 1;
  for (const [, id, seq] of output.matchAll(/^ACK (\S+) (\d+)$/gm)) {
    acknowledged += 1;
    highest = Math.max(highest, Number(seq));
    acked.set(id!, Math.max(acked.get(id!) ?? -1, Number(seq)));
  }
  const { db, status } = openStore(dbPath);
  try {
    const damage = checkIntegrity(db);
    const lost = listNotices(db, boilerplate)
      .filter((n) => {
        const stored = Number(/第(\d+)轮/.exec(n.title)?.[1] ?? -1);
        return stored < (acked.get(n.id) ?? -1);
      })
      .map((n) => n.id);
    return {
      acknowledged,
      lost,
      damage: [...damage.structural, ...damage.rows],
      findings: status.findings,
      mode: status.mode,
      nextSeq: highest + 2,
    };
  } finally {
    db.close();
  }
}
