// Where the server's settings come from — one place for every feature (the rules, the size guard):
// asked with `workspace/configuration` when the client can answer, otherwise what the client pushed in
// `initializationOptions` or `didChangeConfiguration`. Read once after each change and shared.
import {
  ClientCapabilities, Connection, DidChangeConfigurationNotification, MessageType, ShowMessageNotification,
} from 'vscode-languageserver';
import { defaultSettings, parseSettings, Settings, settingsSection } from './service/settings';

export class SettingsSource {
  private configurationRequests = false;
  private dynamicRegistration = false;
  private registered = false;
  /** What a client without workspace/configuration pushed. */
  private pushed: unknown;
  private current: Promise<Settings> | undefined;
  private lastWarnings = '';
  private readonly readListeners: ((settings: Settings) => void)[] = [];
  private readonly changeListeners: ((settings: Settings) => void)[] = [];

  constructor(private readonly connection: Connection, private readonly log: (message: string) => void) {
    connection.onDidChangeConfiguration((params) => {
      const raw = (params.settings as Record<string, unknown> | undefined)?.[settingsSection];
      if (raw !== undefined) this.pushed = raw;
      this.current = undefined;
      void this.get().then((settings) => { for (const listener of this.changeListeners) listener(settings); });
    });
  }

  /** From onInitialize. */
  initialize(capabilities: ClientCapabilities, initializationOptions: unknown): void {
    this.configurationRequests = !!capabilities.workspace?.configuration;
    this.dynamicRegistration = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    this.pushed = (initializationOptions as { settings?: Record<string, unknown> } | undefined)?.settings?.[settingsSection];
    // Settings sent at start-up hold from the first request on, before anything asks (warnings come with the first read).
    if (this.pushed !== undefined) {
      const { settings } = parseSettings(this.pushed);
      for (const listener of this.readListeners) listener(settings);
    }
  }

  /** The settings, read once after each change; invalid values fall back to their defaults with one warning. */
  get(): Promise<Settings> {
    if (!this.registered) {
      this.registered = true;
      if (this.dynamicRegistration) {
        void this.connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection })
          .catch((error) => this.log(`registering for configuration changes failed: ${String(error)}`));
      }
    }
    this.current ??= (async () => {
      if (!this.configurationRequests) return this.accept(this.pushed);
      try {
        return this.accept(await this.connection.workspace.getConfiguration({ section: settingsSection }));
      } catch (error) {
        this.log(`workspace/configuration failed, using defaults: ${String(error)}`);
        return { ...defaultSettings };
      }
    })();
    return this.current;
  }

  /** Told the settings each time they are read anew (the size guard keeps its limit from them). */
  onDidRead(listener: (settings: Settings) => void): void {
    this.readListeners.push(listener);
  }

  /** Told the new settings after the client says they changed. */
  onDidChange(listener: (settings: Settings) => void): void {
    this.changeListeners.push(listener);
  }

  private accept(raw: unknown): Settings {
    const { settings, warnings } = parseSettings(raw);
    const joined = warnings.join('\n');
    if (joined && joined !== this.lastWarnings) {
      this.connection.console.warn(joined);
      // A notification, not showWarningMessage's request: a client that rejects requests must not matter.
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning, message: `HTTP Status Lens: invalid settings, using defaults for them. ${warnings[0]}`,
      }).catch(() => undefined);
    }
    this.lastWarnings = joined;
    for (const listener of this.readListeners) listener(settings);
    return settings;
  }
}
