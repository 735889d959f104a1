import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'deprecated-status-name';

describe('diagnostics: deprecated-status-name', () => {
  it('Rails: :unprocessable_entity → :unprocessable_content, marked deprecated', () => {
    const text = lines(
      'class C < ApplicationController',
      '  def create',
      '    render json: errors, status: :unprocessable_entity',
      '  end',
      'end');
    const found = problemsOf(rule, 'ruby', text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].deprecated, true);
    assert.match(found[0].message, /deprecated since Rack 3\.1.*RFC 9110/);
    assert.strictEqual(applyFix(rule, 'ruby', text), text.replace(':unprocessable_entity', ':unprocessable_content'));
  });

  it('Rails: :payload_too_large → :content_too_large', () => {
    const text = 'head :payload_too_large\n';
    assert.strictEqual(applyFix(rule, 'ruby', text), 'head :content_too_large\n');
  });

  it('FastAPI / Starlette: HTTP_422_UNPROCESSABLE_ENTITY and HTTP_413_REQUEST_ENTITY_TOO_LARGE', () => {
    const text = lines(
      'from fastapi import HTTPException, status',
      'def a():',
      '    raise HTTPException(status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)');
    assert.strictEqual(applyFix(rule, 'python', text), text.replace('HTTP_413_REQUEST_ENTITY_TOO_LARGE', 'HTTP_413_CONTENT_TOO_LARGE'));
    const text422 = lines('from starlette import status', 'code = status.HTTP_422_UNPROCESSABLE_ENTITY');
    assert.strictEqual(applyFix(rule, 'python', text422), text422.replace('HTTP_422_UNPROCESSABLE_ENTITY', 'HTTP_422_UNPROCESSABLE_CONTENT'));
  });

  it('Spring: HttpStatus.PAYLOAD_TOO_LARGE → HttpStatus.CONTENT_TOO_LARGE', () => {
    const text = 'class C { Object a() { return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build(); } }';
    assert.strictEqual(applyFix(rule, 'java', text), text.replace('PAYLOAD_TOO_LARGE', 'CONTENT_TOO_LARGE'));
  });

  it('stays silent on current names, on DRF (which keeps the old names), and inside strings', () => {
    assert.deepStrictEqual(problemsOf(rule, 'ruby', 'head :unprocessable_content\n'), []);
    assert.deepStrictEqual(problemsOf(rule, 'python', lines('from rest_framework import status', 'x = status.HTTP_422_UNPROCESSABLE_ENTITY')), []);
    assert.deepStrictEqual(problemsOf(rule, 'ruby', "puts 'use :unprocessable_entity'\n"), []);
  });
});
