import { z } from 'zod';

/**
 * The id of a notice, node, template or setting, wherever one arrives from
 * outside (IPC, the command line, a file): the one rule for all of them, so
 * an id the app accepts is one every store function accepts too.
 */
export const idSchema = z.string({ error: '编号必须是文字' }).min(1, { error: '编号不能为空' }).max(64, { error: '编号过长' });
