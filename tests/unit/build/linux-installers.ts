import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Arch, Packager, Platform, type ArtifactBuildStarted, type Configuration } from 'electron-builder';

export const projectRoot = new URL('../../../', import.meta.url).pathname;

export interface DebPlan {
  /** fpm's arguments: options, then `source=destination` pairs of what goes where. */
  args: string[];
  desktopEntry: string;
}

export interface AppImagePlan {
  desktopEntry: string;
  desktopFileName: string;
}

export interface LinuxInstallers {
  config: Configuration;
  debs: DebPlan[];
  appImages: AppImagePlan[];
  /** The file names of the installers it would write. */
  files: string[];
}

/** Notes the name of each installer as electron-builder starts it. */
class RecordingPackager extends Packager {
  readonly files: string[] = [];

  override async emitArtifactBuildStarted(event: ArtifactBuildStarted, logFields?: unknown): Promise<void> {
    this.files.push(basename(event.file));
    await super.emitArtifactBuildStarted(event, logFields);
  }
}

/**
 * Runs electron-builder itself on a copy of the project's build configuration,
 * with a stand-in for the packaged app (`prepackaged`, so no Electron download)
 * and stopping each deb and AppImage target just before it would call its tool:
 * what it would install where, and the launcher it would write. The copy keeps
 * electron-builder's output out of the project.
 */
export async function planLinuxInstallers(configFile: string | null): Promise<LinuxInstallers> {
  const project = mkdtempSync(join(tmpdir(), 'zhenggai-builder-'));
  for (const file of ['package.json', 'electron-builder.yml', 'main/installer'])
    cpSync(join(projectRoot, file), join(project, file), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  const prepackaged = join(project, 'prepackaged');
  mkdirSync(join(prepackaged, 'resources'), { recursive: true });
  const debs: DebPlan[] = [];
  const appImages: AppImagePlan[] = [];
  const packager = new RecordingPackager({
    projectDir: project,
    targets: Platform.LINUX.createTarget(['deb', 'AppImage'], Arch.x64, Arch.arm64),
    prepackaged,
    ...(configFile ? { config: configFile } : {}),
    effectiveOptionComputed: async (computed: unknown) => {
      if (Array.isArray(computed)) {
        const [args, desktopFile] = computed as [string[], string];
        debs.push({ args, desktopEntry: readFileSync(desktopFile, 'utf8') });
      } else {
        const { desktop, desktopFileName } = computed as { desktop: string; desktopFileName: string };
        appImages.push({ desktopEntry: desktop, desktopFileName });
      }
      return true;
    },
  });
  try {
    await packager.build();
  } finally {
    unlinkSync(join(project, 'node_modules'));
    rmSync(project, { recursive: true, force: true });
  }
  return { config: packager.config, debs, appImages, files: packager.files.sort() };
}

/** A launcher's `Key=value` lines as a map. */
export function desktopEntryFields(entry: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of entry.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) fields.set(line.slice(0, at), line.slice(at + 1));
  }
  return fields;
}

/** The value after an fpm option such as `--name`. */
export function fpmOption(args: string[], option: string): string | undefined {
  const at = args.indexOf(option);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The destinations of fpm's `source=destination` pairs. */
export function fpmDestinations(args: string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-') && arg.includes('=/')).map((arg) => arg.slice(arg.lastIndexOf('=/') + 1));
}
