import type { Api } from '../../shared/api';
import type { ServiceContext } from '../services/service-context';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import type { ParsedArgs } from './args';

/** What a command needs: the app's services, the templates, and where to print. */
export interface CommandContext {
  /** The services the window calls, on the database; opened on first use, so a command that only reads a file (import --dry-run) leaves no database behind. */
  readonly services: Api;
  /** What the services work on, for the service functions the window does not call (the command line's own imports, export-json to the screen). */
  readonly serviceContext: ServiceContext;
  templates: LayoutTemplates;
  print: (text: string) => void;
}

/** A command; one that returns a number exits with it (check: 1 while errors remain). */
export type Command = (args: ParsedArgs, context: CommandContext) => void | number | Promise<void | number>;
