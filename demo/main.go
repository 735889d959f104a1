// Inventory service (Go net/http): named constants and plain numbers both get hovers.
package main

import (
	"encoding/json"
	"net/http"
)

type item struct {
	SKU   string `json:"sku"`
	Stock int    `json:"stock"`
}

var stock = map[string]int{"book": 12, "lamp": 0}

func getItem(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	sku := r.URL.Query().Get("sku")
	count, ok := stock[sku]
	if !ok {
		http.Error(w, "unknown sku", http.StatusNotFound)
		return
	}
	if count == 0 {
		w.WriteHeader(409)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(item{SKU: sku, Stock: count})
}

func health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable)
}

func main() {
	http.HandleFunc("/items", getItem)
	http.HandleFunc("/healthz", health)
	http.ListenAndServe(":8080", nil)
}
