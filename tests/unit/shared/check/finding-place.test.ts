import { describe, expect, it } from 'vitest';
import { describeFindingPlace, describeFindingPlaces } from '../../../../shared/check/finding-place';
import { createGroup } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, contextFor, doneItem } from './check-helpers';

describe('finding places', () => {
  it('describeFindingPlaces gives for every finding what describeFindingPlace gives for it alone', () => {
    const notice = cleanNotice('qingdan', [
      createGroup('党的领导方面', [
        doneItem({ problem: '其它问题', measures: plainList(['加强,管理。', '完善制度..']) }),
        doneItem({ progress: plainList(['截止目前已完成。']) }),
      ]),
      doneItem({ problem: '问题三', completedOn: null }),
    ]);
    notice.parts.organisation.body = plainList(['召开 会议。', '其它事项。']);
    notice.meta.publicationDate = null;
    const findings = check(notice);
    const { layout } = contextFor(notice);
    const places = describeFindingPlaces(notice, findings, layout);
    expect(places).toEqual(findings.map((f) => describeFindingPlace(notice, f, layout)));
    expect(new Set(places).size).toBeGreaterThan(4);
    expect(places.some((p) => p.includes('第1项“其它问题”·整改措施 第1段'))).toBe(true);
    expect(describeFindingPlaces(notice, [], layout)).toEqual([]);
  });
});
