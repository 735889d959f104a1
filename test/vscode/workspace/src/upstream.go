// Fixture for the VS Code layer: the same 502 as src/app.js, written as Go's constant.
package upstream

import "net/http"

func Fetch(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadGateway)
}
