/**
 * A process that dies in the middle of writing a file, as the app does when
 * it crashes or the power goes during an export: it writes half the bytes to
 * writeFileAtomic's temporary file and is killed before the rename.
 * Usage: node --import tsx tests/support/die-while-writing.ts <target>
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { writeFileAtomic } from '../../main/export/write-file-atomic';

const target = process.argv[2]!;
const data = new Uint8Array(64 * 1024).fill(0x5a);
writeFileAtomic(target, data, {
  openSync,
  fsyncSync,
  closeSync,
  renameSync,
  rmSync,
  writeSync: (fd, bytes, offset) => {
    writeSync(fd, bytes, offset, bytes.length / 2);
    process.kill(process.pid, 'SIGKILL');
    return 0;
  },
});
