import { cases } from './detectionCases';

describe('detection: Python', () => {
  cases('python', [
    'abort(«404»)',
    'return Response(data, status=«201»)\nraise HTTPException(status_code=«409», detail="x")',
    'return JsonResponse({"ok": True}, status=«HTTPStatus.CREATED=201»)',
    'return Response(status=«status.HTTP_204_NO_CONTENT=204»)\nreturn Response(status=«HTTP_404_NOT_FOUND=404»)',
    'if r.status_code == «requests.codes.ok=200»: pass',
    'assert resp.status_code == «200»\nassert len(resp.json()) == 100',
    'if resp.status_code in («500», «502», «503»): retry()',
    'Retry(total=5, status_forcelist=[«429», «500»])',
    'self.assertEqual(response.status_code, «302»)\nself.assertEqual(len(items), 100)',
    'self.send_response(«200»)\nself.send_error(«404», "Not Found")',
    'match response.status_code:\n    case «404»:\n        pass\n    case «500» | «502»:\n        pass',
    'from flask import Flask\n@app.route("/")\ndef index():\n    return jsonify(x), «201»\n\ndef helper():\n    return total, 200\n',
    '@app.get("/", status_code=«202», responses={«404»: {"model": M}})',
    'web.Response(text="x", status=«503»)',
    'start_response("«200» OK", headers)',
    'body = b"HTTP/1.1 «404» Not Found\\r\\n"',
  ]);
  cases('python', [
    'time.sleep(500)\nport = 8080\npage_size = 100\nMAX = 404',
    '"""Returns 404 when the item is missing; status=500 on failure."""\n# abort(404)',
    'sys.exit(127)\nos._exit(255)\nif proc.returncode == 127: pass',
    'if smtp_code == 250: pass\nif code in (421, 450): pass',
    'x = items[404]\nprice = 199.99\nversion = "2.404.1"',
    'grpc_status = StatusCode.NOT_FOUND\ncolor = "#500000"',
  ]);
});
