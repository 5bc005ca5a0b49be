import { describe, expect, it } from 'vitest';
import { exportSettingsSchema } from '../../../shared/model/settings';

describe('export settings stored by an older release', () => {
  it('load with a fallback font that cleans to nothing dropped, keeping every other choice', () => {
    const stored = { fonts: { body: { name: '仿宋_GB2312', fallbacks: ['FangSong', '\u200B'] } }, heading3Bold: true };
    const parsed = exportSettingsSchema.safeParse(stored);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ fonts: { body: { name: '仿宋_GB2312', fallbacks: ['FangSong'] } }, heading3Bold: true });
  });
});
