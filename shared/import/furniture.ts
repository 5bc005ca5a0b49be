/**
 * The furniture of a government web page that comes along when a notice is
 * copied from it: breadcrumbs, share and font-size bars, QR-code hints,
 * footers. Patterns are tight (a whole short line, or a line dense with
 * site-only words) so body text is never taken for furniture.
 */
const WHOLE_LINE = [
  /^(?:您现在的位置|您的位置|当前位置|所在位置|位置)\s*[：:]/u,
  /^分享到\s*[：:]?/u,
  /^(?:【\s*)?(?:字体|字号)(?:大小)?\s*[：:]/u,
  /^扫一扫/u,
  /^(?:首页|网站首页)(?:\s|[>＞»›]|$)/u,
  /^(?:【\s*)?(?:打印|关闭|打印本页|关闭窗口|打印此页|返回顶部|返回|收藏|纠错|下载)(?:\s*】)?(?:\s+|$)/u,
  /^(?:相关链接|相关文章|相关阅读|上一篇|下一篇|附件下载|友情链接)\s*[：:]?/u,
  /^(?:主办单位|承办单位|主办|承办|技术支持|网站标识码)\s*[：:]/u,
  /^(?:网站地图|站长统计|版权所有|Copyright|©)/iu,
  /^(?:浏览次数|阅读次数|访问量|点击数|阅读量)\s*[：:]/u,
];

const ANYWHERE = [
  /ICP\s*(?:备|证)|ICP备\d|公网安备|备案号|版权所有|Copyright\s|©\s*\d{4}/iu,
  /(?:发布日期|发布时间|来源|作者|信息来源|责任编辑|文章来源)\s*[：:].{0,40}(?:发布日期|发布时间|来源|浏览|字体|【)/u,
  /(?:隐私条款|免责声明|联系我们|网站地图|建议使用|分辨率|浏览器)(?:\s*[|｜]|\s*$)/u,
  /在手机(?:上)?(?:打开|浏览|查看)/u,
];

/**
 * True for the few furniture lines that can turn up between paragraphs of
 * the body itself (a share bar, 字体大小); short lines only.
 */
export function isBarFurniture(text: string): boolean {
  return text === '' || (Array.from(text).length <= 40 && WHOLE_LINE.some((re) => re.test(text)));
}

/** True when a cleaned line before or after the notice is web-page furniture. */
export function isFurniture(text: string): boolean {
  if (isBarFurniture(text)) return true;
  if (Array.from(text).length > 160) return false;
  if (ANYWHERE.some((re) => re.test(text))) return true;
  // Breadcrumbs: short pieces joined by > or ».
  if (/^[^。，；]{1,16}(?:\s*[>＞»›]\s*[^。，；]{1,16}){2,}$/u.test(text)) return true;
  // A bare metadata line: 来源：本网 / 发布时间：2021-12-28.
  return /^(?:发布日期|发布时间|来源|信息来源|作者|责任编辑|文章来源|日期)\s*[：:]\s*\S{0,30}$/u.test(text);
}

/** The date a page says it published the notice on (发布日期: 2020-12-21), if a furniture line says so. */
export function pagePublicationDate(text: string): string | null {
  const match = /(?:发布日期|发布时间|日期)\s*[：:]\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})/u.exec(text);
  if (!match) return null;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}
