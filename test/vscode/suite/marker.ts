// The line suite/index.ts logs right before mocha starts; codeShim.ts shows the workbench log from there on.
export const SUITE_START_MARKER = '[http-status-lens] extension host suite starts';
