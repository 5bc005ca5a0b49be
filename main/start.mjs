// `npm start`. The desktop window (Electron shell and drafting screens) is the
// next piece of work; until it lands, say so plainly instead of failing
// obscurely, and point at what works today.
process.stderr.write(
  '整改通报桌面程序（窗口界面）尚在开发中，本版本暂不能启动窗口。现已可用命令行：npm run notice -- --help\n',
);
process.exitCode = 1;
