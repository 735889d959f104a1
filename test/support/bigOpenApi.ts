/**
 * A large OpenAPI 3 document written line by line, so the test knows where every response key is
 * without running the product's parser (issue 22: public specs of large APIs run to 10–30 MB).
 * Deterministic: the same size gives the same text.
 */
export interface BigSpec { text: string; responseKeys: { line: number; code: number }[] }

const RESPONSE_SETS = [
  [200, 400, 401, 404, 500],
  [201, 400, 409, 422, 503],
  [204, 404, 412, 429],
  [200, 301, 304, 403, 502, 504],
];
const METHODS = ['get', 'post', 'put', 'delete'];

export function bigOpenApiJson(targetBytes: number): BigSpec {
  const lines: string[] = [];
  const responseKeys: { line: number; code: number }[] = [];
  let size = 0;
  const push = (line: string) => { lines.push(line); size += line.length + 1; };
  push('{');
  push('  "openapi": "3.0.3",');
  push('  "info": { "title": "Generated", "version": "1.0.0" },');
  push('  "paths": {');
  for (let i = 0; size < targetBytes; i++) {
    if (i > 0) lines[lines.length - 1] += ',';
    push(`    "/resources${i}/{id}": {`);
    const methods = METHODS.slice(0, 1 + (i % METHODS.length));
    methods.forEach((method, m) => {
      push(`      "${method}": {`);
      push(`        "operationId": "${method}Resource${i}",`);
      // Numbers that are not status codes: a path parameter's bounds and a page size.
      push('        "parameters": [');
      push('          { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 100, "maximum": 500 } },');
      push('          { "name": "limit", "in": "query", "schema": { "type": "integer", "default": 200 } }');
      push('        ],');
      push('        "responses": {');
      const codes = RESPONSE_SETS[(i + m) % RESPONSE_SETS.length];
      codes.forEach((code, c) => {
        responseKeys.push({ line: lines.length + 1, code });
        push(`          "${code}": {`);
        push(`            "description": "Response ${code} of ${method} /resources${i}",`);
        push('            "content": {');
        push(`              "application/json": { "schema": { "$ref": "#/components/schemas/Resource${i % 50}" } }`);
        push('            }');
        push(`          }${c < codes.length - 1 ? ',' : ''}`);
      });
      push('        }');
      push(`      }${m < methods.length - 1 ? ',' : ''}`);
    });
    push('    }');
  }
  push('  },');
  push('  "components": {');
  push('    "schemas": {');
  for (let s = 0; s < 50; s++) {
    push(`      "Resource${s}": { "type": "object", "properties": { "id": { "type": "integer" }, "name": { "type": "string", "maxLength": 255 } } }${s < 49 ? ',' : ''}`);
  }
  push('    }');
  push('  }');
  push('}');
  return { text: lines.join('\n') + '\n', responseKeys };
}
