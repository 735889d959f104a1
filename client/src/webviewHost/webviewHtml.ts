// The HTML page of our webviews: a strict CSP (nothing but our own bundled script, with a fresh
// crypto nonce, and our own stylesheet), no inline code, no data in the markup.

export interface WebviewPage {
  /** `webview.cspSource` */
  cspSource: string;
  /** `webview.asWebviewUri(...)` of dist/webviews/<name>.js and .css, as strings. */
  scriptUri: string;
  styleUri: string;
  title: string;
}

/** 18 random bytes from the Web Crypto API (Node 20 and browsers alike), in base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(18))));
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function webviewHtml(page: WebviewPage, nonce = newNonce()): string {
  const a = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(contentSecurityPolicy(page.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${a(page.styleUri)}">
<title>${a(page.title)}</title>
</head>
<body>
<script nonce="${a(nonce)}" src="${a(page.scriptUri)}"></script>
</body>
</html>`;
}
