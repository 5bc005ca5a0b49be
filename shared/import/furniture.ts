import { parseIsoDate, type IsoDate } from '../text/dates';

/**
 * The furniture of a government web page that comes along when a notice is
 * copied from it: breadcrumbs, publication lines (发布时间/来源/作者/浏览),
 * visit counters, share / read-aloud / print / font-size bars, the
 * information-disclosure table (信息索引号, 发布机构, 成文日期 …), QR-code
 * hints, footers. Recognised by kind — a line made only of such labels,
 * controls and short values — never by the exact words of one site, and
 * only whole short lines, so body text is never taken for furniture.
 */
const WHOLE_LINE = [
  /^(?:您现在的位置|您的位置|当前位置|所在位置|位置)\s*[：:]/u,
  /^分享到\s*[：:]?/u,
  /^(?:【\s*)?(?:字体|字号)(?:大小)?\s*[：:]/u,
  /^扫一扫/u,
  /^(?:首页|网站首页)(?:\s|[>＞»›]|$)/u,
  /^(?:【\s*)?(?:打印|关闭|打印本页|关闭窗口|打印此页|返回顶部|返回|收藏|纠错|下载)(?:\s*】)?(?:\s+|$)/u,
  /^(?:主办单位|承办单位|主办|承办|技术支持|网站标识码)\s*[：:]/u,
  /^(?:网站地图|站长统计|版权所有|Copyright|©)/iu,
  /^(?:浏览次数|阅读次数|访问量|点击数|阅读量)\s*[：:]/u,
];

const SUMMARY = /^(?:【\s*)?(?:内容概述|内容摘要|内容提要|信息概述|摘要)\s*(?:】\s*)?[：:]/u;

/** A list of other pages' headlines: this line and, after the notice, the lines under it. */
const RELATED =
  /^(?:【\s*)?(?:相关新闻|相关链接|相关文章|相关阅读|相关信息|相关稿件|相关文件|相关报道|延伸阅读|推荐阅读|热点推荐|热门文章|猜你喜欢|上一篇|下一篇|上一条|下一条|附件下载|友情链接)/u;

const ANYWHERE = [
  /ICP\s*(?:备|证)|ICP备\d|公网安备|备案号|版权所有|Copyright\s|©\s*\d{4}/iu,
  /(?:隐私条款|免责声明|联系我们|网站地图|建议使用|分辨率|浏览器)(?:\s*[|｜]|\s*$)/u,
  /在手机(?:上)?(?:打开|浏览|查看)/u,
  // Visit counters written as a phrase: 本文已被浏览1234次, 您是第123456位访问者.
  /^(?:本文|本页|本信息)?(?:已被|已有|累计|共)?\s*(?:浏览|阅读|访问|点击)\s*\d{1,12}\s*(?:次|人次)$|^您是第\s*\d{1,12}\s*位访(?:问|客)者?$/u,
];

/** The labels of a page's publication line (发布时间：…　来源：…　浏览：…), longest first. */
const PUBLICATION_LABELS =
  '发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|录入时间|上传时间|发稿时间|信息发布|发布单位|发布部门|来源单位|信息提供|提供单位|信息来源|文章来源|稿件来源|新闻来源|来源|出处|撰稿人|撰稿|供稿|通讯员|记者|摄影|图片|文字|视频|责任编辑|编辑|校对|录入|签发|审核|审校|终审|发布者|发布人|文章作者|作者|浏览次数|浏览人次|浏览量|浏览数|浏览|访问次数|访问人次|访问量|访问|阅读次数|阅读量|阅读数|阅读|点击次数|点击数|点击量|点击率|点击|人气|时间|日期';

/** The labels of an information-disclosure table (政府信息公开 / 党务公开), longest first. */
const DISCLOSURE_LABELS =
  '信息索引号|索引号|索取号|内容分类|主题分类|体裁分类|组配分类|服务对象分类|信息分类|分类|文件名称|文件标题|信息名称|标题|名称|发布机构|发文机关|发文机构|发文单位|制发机关|生成机构|所属机构|成文日期|生成日期|形成日期|印发日期|发文日期|公开日期|发文字号|文号|公开方式|公开范围|公开形式|公开时限|公开属性|有效性|是否有效|时效性|效力状态|主题词|关键词|内容概述|统一编号';

/** Buttons and bars: share, read aloud, print, close, bookmark, font size. */
const CONTROLS =
  '分享到|分享|一键分享|我要分享|朗读|语音播报|听全文|我要打印|打印本页|打印此页|打印文章|打印|我要收藏|放大|缩小|恢复|A\\+|A-|A|关闭窗口|关闭本页|关闭|加入收藏|收藏本页|收藏|字体大小|字号|字体|复制链接|复制网址|微信|微博|QQ空间|QQ|朋友圈|返回顶部|返回|纠错|我要纠错|下载|保存|扫码|二维码|视力保护色|护眼模式|无障碍|繁体|简体|大|中|小|默认';

const LABEL_TOKEN = new RegExp(`^(${DISCLOSURE_LABELS}|${PUBLICATION_LABELS}|${CONTROLS})\\s*(?:[：:](.*))?$`, 'u');
const CONTROL_TOKEN = new RegExp(`^(?:${CONTROLS})+$`, 'u');
/** 浏览次数1234 / 阅读123次: a counter label and its number run together. */
const COUNTER_TOKEN = /^(?:浏览|访问|阅读|点击)(?:次数|量|数|人次)?\d{1,12}(?:次|人次)?$/u;
/** Dates, times and counts: 2023-05-06, 10:32, 2023年05月06日, 1234次. */
const VALUE_TOKEN = /^[\d\-./:：,，年月日时分秒次人万+]+$/u;
const DISCLOSURE_ONLY = new RegExp(`^(?:${DISCLOSURE_LABELS})\\s*[：:]?$`, 'u');
const ISSUER_LABEL = /^(?:发布机构|发文机关|发文机构|发文单位|制发机关|生成机构)$/u;
const DATE_LABEL = /^(?:成文日期|印发日期|发文日期|生成日期|形成日期)$/u;
const SENTENCE_END = /[。；！？]/u;
const MAX_FURNITURE = 200;

/** One labelled value a furniture line states (来源：本网, 成文日期：2023-05-06). */
export interface LabelledValue {
  label: string;
  value: string;
}

/**
 * The labelled values of a line made of publication, disclosure and control
 * tokens only, or null when anything else is in it. A value may stand in
 * the tokens after its label (来源： 县纪委), short; nothing may stand
 * before the first label except dates and counts.
 */
export function readLabelLine(text: string): LabelledValue[] | null {
  if (text.length > MAX_FURNITURE || SENTENCE_END.test(text)) return null;
  const tokens = text.split(/[\s|｜【】[\]〔〕·•/\\]+/u).filter((t) => t !== '');
  const values: LabelledValue[] = [];
  let labels = 0;
  let freeAfterLabel = Number.POSITIVE_INFINITY;
  for (const token of tokens) {
    const label = LABEL_TOKEN.exec(token);
    if (label && (label[2] ?? '').length <= 60) {
      labels++;
      freeAfterLabel = 0;
      values.push({ label: label[1]!, value: (label[2] ?? '').trim() });
      continue;
    }
    if (CONTROL_TOKEN.test(token) || COUNTER_TOKEN.test(token)) {
      labels++;
      continue;
    }
    if (VALUE_TOKEN.test(token)) {
      if (values.length > 0 && freeAfterLabel === 0) values[values.length - 1]!.value += token;
      continue;
    }
    // A free word only as the value of the label before it (来源： 县纪委监委), two words at most.
    if (freeAfterLabel >= 2 || Array.from(token).length > 40) return null;
    freeAfterLabel++;
    const last = values[values.length - 1]!;
    last.value += token;
  }
  return labels > 0 ? values : null;
}

/**
 * True for the few furniture lines that can turn up between paragraphs of
 * the body itself (a share bar, 字体大小); short lines only.
 */
export function isBarFurniture(text: string): boolean {
  return text === '' || (text.length <= 80 && Array.from(text).length <= 40 && WHOLE_LINE.some((re) => re.test(text)));
}

/** True when a cleaned line before or after the notice is web-page furniture. */
export function isFurniture(text: string): boolean {
  if (isBarFurniture(text)) return true;
  // A disclosure table's summary repeats the opening; it may be long.
  if (SUMMARY.test(text)) return true;
  if (text.length > MAX_FURNITURE) return false;
  if (RELATED.test(text) || ANYWHERE.some((re) => re.test(text))) return true;
  if (isBreadcrumb(text)) return true;
  // A menu: three or more short words set apart by spaces (首页 莞邑廉情 信访举报).
  if (/^[\p{Script=Han}A-Za-z]{2,8}(?: [\p{Script=Han}A-Za-z]{2,8}){2,}$/u.test(text) && !/[。，；：]|关于|通报|报告/u.test(text))
    return true;
  return readLabelLine(text) !== null;
}

/** Breadcrumbs: three or more short pieces joined by > or » (split, not one pattern: pieces and joiners overlap, which backtracks). */
function isBreadcrumb(text: string): boolean {
  const pieces = text.split(/[>＞»›]/u).map((p) => p.trim());
  return pieces.length >= 3 && pieces.every((p) => p !== '' && Array.from(p).length <= 16 && !/[。，；]/u.test(p));
}

/** A line that opens a list of other pages' headlines (相关新闻, 上一篇): what follows it after the notice is furniture too. */
export function opensRelatedList(text: string): boolean {
  return text.length <= MAX_FURNITURE && RELATED.test(text);
}

/**
 * A title with the page's publication line run into it (…的通报 发布时间：2023-05-06 来源：本网):
 * the title and the furniture apart, or null.
 */
export function splitTitleAndFurniture(text: string): { title: string; furniture: string } | null {
  const match = /^(.{6,60}?(?:通报|报告|公告|公示|情况))\s+(\S.{0,200})$/u.exec(text);
  if (!match || text.length > 300) return null;
  const furniture = match[2]!;
  return readLabelLine(furniture) !== null || isLoneDateTime(furniture) ? { title: match[1]!, furniture } : null;
}

/** A disclosure table's label standing alone on its line (成文日期), its value on the next line. */
export function isDisclosureLabel(text: string): boolean {
  return DISCLOSURE_ONLY.test(text);
}

/** A date and time the page prints on a line of its own: 2023-05-06 10:32, 2023年05月06日 10:32:11, （2023年5月6日）. */
export function isLoneDateTime(text: string): boolean {
  if (text.length > 40) return false;
  const bare = text.replace(/^[（(【[]\s*|\s*[）)】\]]$/gu, '').trim();
  const date =
    '(?:\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}\\s*日?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)';
  const time = '\\d{1,2}\\s*[:：时]\\s*\\d{2}(?:\\s*[:：分]\\s*\\d{2}秒?)?分?';
  return new RegExp(`^(?:${date}(?:\\s*${time})?|${time})$`, 'u').test(bare);
}

/** What an information-disclosure table states that the notice may fall back on: who issued it and when. */
export interface Disclosure {
  issuer: string | null;
  date: string | null;
}

/** Records a labelled value a furniture line stated, if it is one the notice can fall back on. */
export function noteDisclosure(disclosure: Disclosure, { label, value }: LabelledValue): void {
  const v = value.replace(/^[：:]\s*/u, '').trim();
  if (v === '') return;
  if (ISSUER_LABEL.test(label) && disclosure.issuer === null && /^\p{Script=Han}{2,40}$/u.test(v)) disclosure.issuer = v;
  if (DATE_LABEL.test(label) && disclosure.date === null) disclosure.date = isoOf(v);
}

/** The date a page says it published the notice on (发布日期: 2020-12-21), if a furniture line says so. */
export function pagePublicationDate(text: string): IsoDate | null {
  const match = /(?:发布日期|发布时间|发表时间|日期|时间)\s*[：:]\s*(\d{4}[-./年]\s*\d{1,2}[-./月]\s*\d{1,2})/u.exec(text);
  return match ? isoOf(match[1]!) : null;
}

/** A lone date line's date, as an ISO date. */
export function loneDate(text: string): IsoDate | null {
  return isoOf(text.replace(/^[（(【[]\s*/u, ''));
}

function isoOf(text: string): IsoDate | null {
  const match = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/u.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}
