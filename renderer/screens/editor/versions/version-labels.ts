import { VERSION_REASON_LABELS, type VersionSummary } from '../../../../shared/versions/version-types';
import { formatChineseDateTime } from '../../../components/format-time';

/** How a version is named in titles and confirmations: its name, or its reason, with its time. */
export function versionTitle(version: VersionSummary): string {
  const what = version.name ?? VERSION_REASON_LABELS[version.reason];
  return `${formatChineseDateTime(version.createdAt)}（${what}）`;
}

/** The file name alone, for the list; the full path goes in the tooltip. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
