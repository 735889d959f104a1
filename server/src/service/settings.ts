// Typed settings of the language service (the `httpStatusLens.*` section), with defaults and validation.
// Whatever a client sends, `parseSettings` returns usable settings: a bad value falls back to its
// default and adds a warning; it never throws.

/** The configuration section every setting lives under. */
export const settingsSection = 'httpStatusLens';

/** Which status codes get their name written after them (`httpStatusLens.inlayHints`). */
export type InlayHintsMode = 'literals' | 'all' | 'off';
export const inlayHintsModes: readonly InlayHintsMode[] = ['literals', 'all', 'off'];

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';
/** `default` keeps the rule's own severity; `off` disables it. */
export type RuleSetting = RuleSeverity | 'default' | 'off';

export interface Settings {
  /** The global switch: false silences every diagnostic. */
  enable: boolean;
  /** Per language (languageId such as "python", or a family such as "javascript"): false silences it. */
  languages: Record<string, boolean>;
  /** `httpStatusLens.rules.<rule-id>`. Rules not listed use `default`. */
  rules: Record<string, RuleSetting>;
  /** The delta-seconds a Retry-After fix writes. */
  retryAfterSeconds: number;
  /** Documents larger than this (in KB) are not analysed at all; the user is told once per document. */
  maxFileSizeKB: number;
  /** `literals`: after numeric literals in code; `all`: also status strings and codes in logs; `off`. */
  inlayHints: InlayHintsMode;
  /** Index the workspace folders in the background (Find All References, workspace symbols, the status map). */
  workspaceIndex: boolean;
}

export const defaultSettings: Settings = Object.freeze({
  enable: true,
  languages: {},
  rules: {},
  retryAfterSeconds: 120,
  maxFileSizeKB: 20480, // VS Code's own large-file threshold (20 MB), where it turns tokenization off too
  inlayHints: 'literals',
  workspaceIndex: true,
}) as Settings;

const ruleSettings: readonly RuleSetting[] = ['default', 'off', 'error', 'warning', 'information', 'hint'];

export interface ParsedSettings {
  settings: Settings;
  warnings: string[];
}

/** Validates the raw `httpStatusLens` section (any JSON, possibly null). */
export function parseSettings(raw: unknown): ParsedSettings {
  const warnings: string[] = [];
  const settings: Settings = {
    enable: true, languages: {}, rules: {}, retryAfterSeconds: defaultSettings.retryAfterSeconds, maxFileSizeKB: defaultSettings.maxFileSizeKB,
    inlayHints: defaultSettings.inlayHints, workspaceIndex: defaultSettings.workspaceIndex,
  };
  if (raw === undefined || raw === null) return { settings, warnings };
  if (!isObject(raw)) {
    warnings.push(`httpStatusLens: expected an object of settings, got ${describe(raw)}; using the defaults.`);
    return { settings, warnings };
  }

  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
    else warnings.push(`httpStatusLens.enable: expected true or false, got ${describe(raw.enable)}; using true.`);
  }

  if (raw.retryAfterSeconds !== undefined) {
    const value = raw.retryAfterSeconds;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 31_536_000) {
      settings.retryAfterSeconds = value;
    } else {
      warnings.push(`httpStatusLens.retryAfterSeconds: expected a whole number of seconds (0 to 31536000), got ${describe(value)}; using ${defaultSettings.retryAfterSeconds}.`);
    }
  }

  if (raw.maxFileSizeKB !== undefined) {
    const value = raw.maxFileSizeKB;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_048_576) settings.maxFileSizeKB = value;
    else warnings.push(`httpStatusLens.maxFileSizeKB: expected a whole number of KB (1 to 1048576), got ${describe(value)}; using ${defaultSettings.maxFileSizeKB}.`);
  }

  if (raw.inlayHints !== undefined) {
    const value = raw.inlayHints;
    // true/false as the obvious shorthands for the default and off.
    const mode = value === true ? 'literals' : value === false ? 'off'
      : typeof value === 'string' ? inlayHintsModes.find((m) => m === value.toLowerCase()) : undefined;
    if (mode) settings.inlayHints = mode;
    else warnings.push(`httpStatusLens.inlayHints: expected one of ${inlayHintsModes.join(', ')}, got ${describe(value)}; using ${defaultSettings.inlayHints}.`);
  }

  if (raw.workspaceIndex !== undefined) {
    if (typeof raw.workspaceIndex === 'boolean') settings.workspaceIndex = raw.workspaceIndex;
    else warnings.push(`httpStatusLens.workspaceIndex: expected true or false, got ${describe(raw.workspaceIndex)}; using ${defaultSettings.workspaceIndex}.`);
  }

  if (raw.languages !== undefined) {
    if (isObject(raw.languages)) {
      for (const [language, enabled] of Object.entries(raw.languages)) {
        if (typeof enabled === 'boolean') settings.languages[language.toLowerCase()] = enabled;
        else warnings.push(`httpStatusLens.languages.${language}: expected true or false, got ${describe(enabled)}; ignored.`);
      }
    } else {
      warnings.push(`httpStatusLens.languages: expected an object such as { "python": false }, got ${describe(raw.languages)}; ignored.`);
    }
  }

  if (raw.rules !== undefined) {
    if (isObject(raw.rules)) {
      for (const [id, value] of Object.entries(raw.rules)) {
        const parsed = parseRuleSetting(value);
        if (parsed) settings.rules[id] = parsed;
        else warnings.push(`httpStatusLens.rules.${id}: expected one of ${ruleSettings.join(', ')} (or true/false), got ${describe(value)}; using default.`);
      }
    } else {
      warnings.push(`httpStatusLens.rules: expected an object of rule settings, got ${describe(raw.rules)}; ignored.`);
    }
  }
  return { settings, warnings };
}

function parseRuleSetting(value: unknown): RuleSetting | undefined {
  if (value === true) return 'default';
  if (value === false) return 'off';
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'info') return 'information';
    return (ruleSettings as readonly string[]).includes(lower) ? (lower as RuleSetting) : undefined;
  }
  // { enabled, severity } as a richer form.
  if (isObject(value)) {
    if (value.enabled === false) return 'off';
    if (value.severity === undefined) return value.enabled === true ? 'default' : undefined;
    return parseRuleSetting(value.severity);
  }
  return undefined;
}

/** Whether diagnostics run for a document of this languageId / family at all. */
export function languageEnabled(settings: Settings, languageId: string, family: string): boolean {
  if (!settings.enable) return false;
  const byId = settings.languages[languageId.toLowerCase()];
  if (byId !== undefined) return byId;
  const byFamily = settings.languages[family];
  return byFamily !== undefined ? byFamily : true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return typeof value;
  }
}
