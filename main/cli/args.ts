import { parseArgs } from 'node:util';

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `用法：npm run notice -- <命令> [参数] [--db 数据库文件]

命令：
  list                          列出全部通报
  show <编号>                   显示一份通报的内容与清单结构
  export <编号> --out 文件.docx [--attach-ledger]
                                导出为 Word 文档（GB/T 9704-2012 格式）；加 --attach-ledger 附整改台账
  ledger <编号> --out 文件.docx|文件.xlsx
                                单独导出整改台账（横向表格）：.docx 为 Word 表格，.xlsx 为 Excel 表格
  figures <编号>                统计整改数据（问题数、各状态数、完成率、挽回资金、制度、问责）
  overview <编号>               整改总览：逐项列出整改状态、整改时限、剩余天数和时限状态
                                （已超期、即将到期、正常、未定时限），最后列出各类个数
  export-json <编号> [--out 文件.json]  导出为 JSON 交换文件（不指定 --out 时输出到屏幕）
  import-json <文件.json>        从 JSON 交换文件导入一份通报
  import <文件>                 导入以前的通报（网页复制的文本 .txt，或 Word 文档 .docx），
                                或整改台账、问题清单（Excel .xlsx，或 Word 表格），
                                显示识别结果后保存；加 --dry-run 只显示、不保存；
                                台账的表头无法识别时，用 --columns 逐列指定内容
  search <搜索内容>             在全部通报的条目中搜索（多个词用空格分开，须都包含）
  next-stage <编号>             以一份通报为底稿，生成下一阶段（进展/整改情况）的通报草稿
  versions <编号>               列出一份通报的历史版本（导出、阶段变更、定时与手动保存的）
  version-save <编号> --name 名称  把通报的当前内容保存为一个有名称的版本（如 送审稿、定稿）
  version-restore <编号> <版本编号> [--as-new]
                                把通报恢复为某个历史版本（当前内容先自动保存为一个版本）；
                                加 --as-new 则另存为一份新通报，原通报不变
  backup --out 文件.sqlite       备份数据库（程序运行时也可备份），备份文件经完整性检查
  restore <备份文件>            从备份恢复：先检查备份，把当前数据另存一份，再换成备份中的数据
  check-db                      对数据库做完整性检查
  check <编号> [--fix]          送审检查：标点、编号、日期与数字、完整性、用词，逐条列出位置；
                                加 --fix 自动修正可安全修正的问题并保存；仍有错误时退出码为 1

选项：
  --db <路径>   数据库文件（默认在用户数据目录下）
  --json        以 JSON 输出（list、show、import、search、next-stage、figures、overview、versions、version-save、version-restore、check）
  --dry-run     只显示识别结果，不保存（import）
  --columns <各列内容>  台账每一列的内容，用逗号分开，如 序号,反馈问题,整改措施,不导入（import）
  --attach-ledger  导出时附整改台账（export）
  --name <名称>  版本名称（version-save）
  --as-new      另存为新通报（version-restore）
  --fix         自动修正并保存（check）
  --help        显示本说明`;

export interface ParsedArgs {
  command: string;
  positionals: string[];
  db: string | undefined;
  out: string | undefined;
  json: boolean;
  dryRun: boolean;
  attachLedger: boolean;
  /** What each column of a ledger holds, comma-separated (import). */
  columns: string | undefined;
  /** A version's name (version-save). */
  name: string | undefined;
  asNew: boolean;
  /** Apply the check's safe fixes and save (check). */
  fix: boolean;
  help: boolean;
}

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'attach-ledger': { type: 'boolean', default: false },
        name: { type: 'string' },
        columns: { type: 'string' },
        'as-new': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`参数有误：${describeParseError(error)}`);
  }
  const [command = '', ...positionals] = parsed.positionals;
  return {
    command,
    positionals,
    db: parsed.values.db,
    out: parsed.values.out,
    json: parsed.values.json ?? false,
    dryRun: parsed.values['dry-run'] ?? false,
    attachLedger: parsed.values['attach-ledger'] ?? false,
    columns: parsed.values.columns,
    name: parsed.values.name,
    asNew: parsed.values['as-new'] ?? false,
    fix: parsed.values.fix ?? false,
    help: parsed.values.help ?? false,
  };
}

/** The one positional argument a command takes, or a usage error naming it. */
export function onePositional(args: ParsedArgs, what: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`命令 ${args.command} 需要一个参数：${what}`);
  return args.positionals[0]!;
}

/** Node's parseArgs explains in English; the user gets the option it stumbled on, in Chinese. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-{1,2}[^' ]+)/.exec((error as Error)?.message ?? '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项 ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `选项 ${option} 的值有误（缺少值，或此选项不带值）`;
    default:
      return '无法识别命令行参数';
  }
}
