import { cases } from './detectionCases';

describe('detection: Go', () => {
  cases('go', [
    'w.WriteHeader(«404»)\nhttp.Error(w, "x", «500»)\nhttp.Redirect(w, r, "/", «301»)',
    'w.WriteHeader(«http.StatusBadGateway=502»)\nhttp.Error(w, "x", «http.StatusTeapot=418»)',
    'c.JSON(«200», gin.H{"a": 1})\nc.AbortWithStatus(«401»)\nc.Redirect(«302», "/x")',
    'return c.NoContent(«204»)\nreturn echo.NewHTTPError(«http.StatusNotFound=404», "x")',
    'if resp.StatusCode != «200» {}\nif rr.Code != «404» {}',
    'assert.Equal(t, «201», rec.Code)\nassert.Equal(t, 100, len(items))',
    'switch resp.StatusCode {\ncase «500», «502»:\n}',
    'return ctx.Status(«fiber.StatusNotFound=404»).JSON(x)',
    // Inside fasthttp itself the constants are bare, and a file may hold nothing else (once missed: the
    // file's quick "anything here?" search did not look for them).
    'package fasthttp\n\nfunc StatusCodeIsRedirect(statusCode int) bool {\n\treturn statusCode == «StatusMovedPermanently=301» ||\n\t\tstatusCode == «StatusFound=302»\n}',
  ]);
  cases('go', [
    'time.Sleep(500 * time.Millisecond)\nbuf := make([]byte, 512)\naddr := ":8080"',
    'st := status.Error(codes.NotFound, "x")\nos.Exit(127)',
    'fmt.Sprintf("HTTP/1.1 %d", 404)\n// w.WriteHeader(500)',
    'x := items[200]\nconst maxRetries = 100',
  ]);
});
