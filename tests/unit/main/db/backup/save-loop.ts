/**
 * A second process that saves notices as fast as it can into the database
 * named on the command line, for the backup-while-saving test. Each save
 * writes one notice and the counter of notices saved in the same
 * transaction, so any consistent snapshot has exactly `counter` of them.
 * Prints "ready" after the first save, and stops when stdin closes.
 */
import { writeTransaction } from '../../../../../main/db/database';
import { saveNotice } from '../../../../../main/db/notices';
import { openDatabase } from '../../../../../main/db/open-database';
import { setSetting } from '../../../../../main/db/settings';
import { namedNotice } from './support';

const db = openDatabase(process.argv[2]!);
let stop = false;
process.stdin.on('end', () => {
  stop = true;
});
process.stdin.resume();

let saved = 0;
function batch(): void {
  for (let i = 0; i < 5 && !stop; i += 1) {
    writeTransaction(db, () => {
      saveNotice(db, namedNotice(`loop-${saved}`, `第${saved}轮`));
      setSetting(db, 'loop-counter', saved + 1);
    });
    saved += 1;
    if (saved === 1) process.stdout.write('ready\n');
  }
  if (stop) {
    db.close();
    process.stdout.write(`saved ${saved}\n`);
    return;
  }
  // A breath between batches, as between a user's autosaves; back-to-back commits would starve any other writer.
  setTimeout(batch, 2);
}
batch();
