// The document size guard: a document above `httpStatusLens.maxFileSizeKB` is not analysed at all —
// every handler asks `documents.get(uri)`, and for such a document gets nothing, so hover, diagnostics
// and code actions stay silent — and the user is told once per opened document why.
import { Connection, MessageType, ShowMessageNotification, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from './service/settings';
import { SettingsSource } from './settingsSource';

/** Below this, no document can be over any limit worth asking the client about. */
const smallestLimitKB = 1;

export class SizeLimitedDocuments extends TextDocuments<TextDocument> {
  private limitBytes = defaultSettings.maxFileSizeKB * 1024;
  private readonly noticed = new Set<string>();

  constructor(private readonly connection: Connection, private readonly settings: SettingsSource) {
    super(TextDocument);
    // The limit is one of the settings: it follows them however they arrive (asked, pushed, changed).
    settings.onDidRead((read) => { this.limitBytes = read.maxFileSizeKB * 1024; });
    this.onDidOpen((event) => this.check(event.document));
    this.onDidClose((event) => this.noticed.delete(event.document.uri));
  }

  /** Every open document, whatever its size. */
  allOpen(): TextDocument[] {
    return super.all();
  }

  /** The document, unless it is too large to analyse. */
  override get(uri: string): TextDocument | undefined {
    const document = super.get(uri);
    return document && this.tooLarge(document) ? undefined : document;
  }

  override all(): TextDocument[] {
    return super.all().filter((d) => !this.tooLarge(d));
  }

  tooLarge(document: TextDocument): boolean {
    return document.getText().length > this.limitBytes;
  }

  private check(document: TextDocument): void {
    if (document.getText().length <= smallestLimitKB * 1024) return;
    void this.settings.get().then(() => {
      if (!this.tooLarge(document) || this.noticed.has(document.uri) || !super.get(document.uri)) return;
      this.noticed.add(document.uri);
      const name = decodeURIComponent(document.uri.split('/').pop() ?? document.uri);
      const sizeMB = (document.getText().length / 1024 / 1024).toFixed(1);
      const message = `HTTP Status Lens skipped ${name} (${sizeMB} MB): it is larger than httpStatusLens.maxFileSizeKB ` +
        `(${Math.round(this.limitBytes / 1024)} KB), so it has no hovers, diagnostics or fixes. Raise the setting to analyse it.`;
      this.connection.console.info(message);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    });
  }
}
